/*
 * compute-write-vs-sleep-read.json, CPython 3.11 with the GIL.
 *
 * Written from CPython's rules (docs/DESIGN.md §3.1), not from the engine. Every outcome the model can end in is printed
 * as one "OUT <kind> <var>=<value>..." line by the observer at the bottom.
 *
 * Durations order nothing: a 1 ms compute does not end before a 10 ms sleep. compute is a pure-Python loop (an eval
 * breaker at each back-edge, so a switch may happen inside it, i.e. before the write after it); sleep drops the GIL.
 * Atomic blocks under the GIL:
 *   a: [compute] [x = 1]
 *   b: [sleep] [t = x; y = t]      (no breaker between a read and the write right after it)
 */
int x, y;
byte finished;

active proctype a() {
    skip;                      /* compute 1 ms: a switch point */
    x = 1;
    finished++
}

active proctype b() {
    int t;
    skip;                      /* sleep 10 ms: the GIL is dropped */
    d_step { t = x; y = t };
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
