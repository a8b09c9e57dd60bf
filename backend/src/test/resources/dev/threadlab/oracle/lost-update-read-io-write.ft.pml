/*
 * lost-update-read-io-write.json, CPython 3.13t, free-threaded (no GIL).
 *
 * Written from CPython's rules (docs/DESIGN.md §3.1), not from the engine. Every outcome the model can end in is printed
 * as one "OUT <kind> <var>=<value>..." line by the observer at the bottom.
 *
 * Two workers, each `t = c; <io 1 ms>; c = t + 1`. Free-threaded, every instruction is a step of its own:
 * [t = c] [io] [c = t + 1], the same steps as under the GIL.
 */
int c;
byte finished;

active [2] proctype worker() {
    int t;
    t = c;
    skip;              /* io 1 ms */
    c = t + 1;
    finished++
}

inline report() { printf(" c=%d\n", c) }

/* The outcome: every non-daemon thread ended, or nothing can move (deadlock). */
active proctype outcome() {
    do
    :: finished == 2 -> d_step { printf("OUT completed"); report() }; break
    :: timeout -> d_step { printf("OUT deadlock"); report() }; break
    od
}
