/*
 * lost-update-read-io-write.json, CPython 3.11 with the GIL.
 *
 * Written from CPython's rules (docs/DESIGN.md §3.1), not from the engine. Every outcome the model can end in is printed
 * as one "OUT <kind> <var>=<value>..." line by the observer at the bottom.
 *
 * Two workers, each `t = c; <io 1 ms>; c = t + 1`. The I/O call drops the GIL, so it is a switch point between the
 * read and the write. Atomic blocks under the GIL: [t = c] [io] [c = t + 1].
 */
int c;
byte finished;

active [2] proctype worker() {
    int t;
    t = c;
    skip;              /* io 1 ms: the GIL is dropped */
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
