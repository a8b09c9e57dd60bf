/*
 * event-timeout-handoff.json, CPython 3.13t, free-threaded (no GIL).
 *
 * Written from CPython's rules (docs/DESIGN.md §3.1), not from the engine. Every outcome the model can end in is printed
 * as one "OUT <kind> <var>=<value>..." line by the observer at the bottom.
 *
 * threading.Event: set() sets the flag and wakes every waiter; wait() returns at once if the flag is set, else blocks
 * until a set() wakes it; wait(timeout) may also time out at any moment while blocked (durations
 * order nothing: 100 ms is not "long enough"). The check of the flag and the joining of the waiters are one step
 * (CPython does both holding the Event's condition lock, as set() does). wait's result is not used.
 *
 * Free-threaded, every instruction is a step of its own:
 *   a: [compute] [data = 42] [ev.set()]
 *   b: [ev.wait(timeout)] [d = data] [out = d]
 */
bit ev;              /* the Event's flag */
bit b_waiting;       /* b is blocked in ev.wait(); set() clears it (wakes b) */
int data, out;
byte finished;

active proctype a() {
    skip;                                       /* compute 1 ms */
    data = 42;
    d_step { ev = 1; b_waiting = 0 };           /* ev.set(): wakes every waiter */
    finished++
}

active proctype b() {
    int d;
    /* ev.wait(timeout=0.1) */
    d_step { if :: !ev -> b_waiting = 1 :: else -> skip fi };
    if
    :: !b_waiting -> skip                       /* the flag was set, or a set() woke b */
    :: atomic { b_waiting -> b_waiting = 0 }    /* timed out, at any moment while blocked */
    fi;
    d = data;
    out = d;
    finished++
}

inline report() { printf(" data=%d out=%d\n", data, out) }

/* The outcome: every non-daemon thread ended, or nothing can move (deadlock). */
active proctype outcome() {
    do
    :: finished == 2 -> d_step { printf("OUT completed"); report() }; break
    :: timeout -> d_step { printf("OUT deadlock"); report() }; break
    od
}
