/*
 * compute-write-vs-sleep-read.json, CPython 3.13t, free-threaded (no GIL).
 *
 * Written from CPython's rules (docs/DESIGN.md §3.1), not from the engine. Every outcome the model can end in is printed
 * as one "OUT <kind> <var>=<value>..." line by the observer at the bottom.
 *
 * Durations order nothing: a 1 ms compute does not end before a 10 ms sleep. Free-threaded, every instruction is a
 * step of its own:
 *   a: [compute] [x = 1]
 *   b: [sleep] [t = x] [y = t]
 */
int x, y;
byte finished;

active proctype a() {
    skip;                      /* compute 1 ms */
    x = 1;
    finished++
}

active proctype b() {
    int t;
    skip;                      /* sleep 10 ms */
    t = x;
    y = t;
    finished++
}

inline report() { printf(" x=%d y=%d\n", x, y) }

/* The outcome: every non-daemon thread ended, or nothing can move (deadlock). */
active proctype outcome() {
    do
    :: finished == 2 -> d_step { printf("OUT completed"); report() }; break
    :: timeout -> d_step { printf("OUT deadlock"); report() }; break
    od
}
