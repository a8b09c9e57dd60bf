/*
 * event-set-then-clear.json, CPython 3.11 with the GIL.
 *
 * Written from CPython's rules (docs/DESIGN.md §3.1), not from the engine. Every outcome the model can end in is printed
 * as one "OUT <kind> <var>=<value>..." line by the observer at the bottom.
 *
 * threading.Event: set() sets the flag and wakes every waiter (CPython: notify_all on the Event's condition; a woken
 * waiter returns even if clear() comes before it runs again); clear() resets the flag; wait() returns at once if the
 * flag is set, else blocks (GIL released) until a set() wakes it. The check of the flag and the joining of the
 * waiters are one step, as are set() and clear() (all hold the Event's condition lock).
 * Atomic blocks under the GIL (a switch may happen at the eval breaker before and after every call):
 *   setter: [ev.set()] [ev.clear()]
 *   waiter: [ev.wait()] [... woken] [done = 1]
 * A waiter that calls wait() after the clear() waits forever.
 */
bit ev;                    /* the Event's flag */
bit waiting;               /* the waiter is blocked in ev.wait(); set() clears it (wakes it) */
int done;
byte finished;

active proctype setter() {
    d_step { ev = 1; waiting = 0 };    /* ev.set() */
    ev = 0;                            /* ev.clear() */
    finished++
}

active proctype waiter() {
    d_step { if :: !ev -> waiting = 1 :: else -> skip fi };
    !waiting;                          /* the flag was set, or set() woke it */
    done = 1;
    finished++
}

inline report() { printf(" done=%d\n", done) }

/* The outcome: every non-daemon thread ended, or nothing can move (deadlock). */
active proctype outcome() {
    do
    :: finished == 2 -> d_step { printf("OUT completed"); report() }; break
    :: timeout -> d_step { printf("OUT deadlock"); report() }; break
    od
}
