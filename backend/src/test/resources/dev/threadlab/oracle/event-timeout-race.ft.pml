/*
 * event-timeout-race.json, CPython 3.13t, free-threaded (no GIL).
 *
 * Written from CPython's rules (docs/DESIGN.md §3.1), not from the engine. Every outcome the model can end in is printed
 * as one "OUT <kind> <var>=<value>..." line by the observer at the bottom.
 *
 * threading.Event: set() sets the flag and wakes every waiter; wait() returns at once if the flag is set, else blocks
 * until a set() wakes it; wait(timeout) may also time out at any moment while blocked. The check of
 * the flag and the joining of the waiters are one step (CPython does both holding the Event's condition lock, as set()
 * does). wait's result is not used.
 *
 * Free-threaded, every instruction is a step of its own:
 *   setter: [x = 1] [ev.set()] [x = 2]
 *   w1:     [ev.wait(timeout)] [... woken or timed out] [t = x] [s1 = t]
 *   w2:     [ev.wait()] [... woken] [t = x] [s2 = t]
 */
bit ev;                    /* the Event's flag */
bit waiting[2];            /* w1, w2 blocked in ev.wait(); set() clears them (wakes them) */
int x, s1, s2;
byte finished;

active proctype setter() {
    x = 1;
    d_step { ev = 1; waiting[0] = 0; waiting[1] = 0 };    /* ev.set() */
    x = 2;
    finished++
}

active proctype w1() {
    int t;
    d_step { if :: !ev -> waiting[0] = 1 :: else -> skip fi };
    if
    :: !waiting[0] -> skip                          /* the flag was set, or set() woke it */
    :: atomic { waiting[0] -> waiting[0] = 0 }      /* timed out, at any moment while blocked */
    fi;
    t = x;
    s1 = t;
    finished++
}

active proctype w2() {
    int t;
    d_step { if :: !ev -> waiting[1] = 1 :: else -> skip fi };
    !waiting[1];                                    /* the flag was set, or set() woke it */
    t = x;
    s2 = t;
    finished++
}

inline report() { printf(" s1=%d s2=%d x=%d\n", s1, s2, x) }

/* The outcome: every non-daemon thread ended, or nothing can move (deadlock). */
active proctype outcome() {
    do
    :: finished == 3 -> d_step { printf("OUT completed"); report() }; break
    :: timeout -> d_step { printf("OUT deadlock"); report() }; break
    od
}
