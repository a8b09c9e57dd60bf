/*
 * daemon-cut-off.json, CPython 3.11 with the GIL.
 *
 * Written from CPython's rules (docs/DESIGN.md §3.1), not from the engine. Every outcome the model can end in is printed
 * as one "OUT <kind> <var>=<value>..." line by the observer at the bottom.
 *
 * The main thread starts the daemon d (d.start() returns once d has begun; d may be switched out before its first
 * statement), then runs its body. When main's body ends the process waits for its non-daemon threads (there are none
 * but main) and cuts d off wherever it is by then; d may still run while the interpreter shuts down, so the cut comes
 * at any point after main's end.
 * Atomic blocks under the GIL (a switch may happen at the eval breaker of each call and loop back-edge; `n += 1` is
 * never cut in two):
 *   main: [d.start()] [t = n; seen = t]
 *   d:    [n += 1] [n += 1] [n += 1]
 */
int n, seen;
bit mainEnded;

active proctype d() {              /* daemon: the process does not wait for it */
    byte i = 0;
    do
    :: i < 3 -> n++; i++
    :: else -> break
    od
}

active proctype mainThread() {     /* started with d already begun: d.start() orders nothing */
    int t;
    d_step { t = n; seen = t };
    mainEnded = 1
}

inline report() { printf(" n=%d seen=%d\n", n, seen) }

/* The outcome: main ended and no non-daemon thread is left (d is cut off wherever it is), or nothing can move. */
active proctype outcome() {
    do
    :: mainEnded -> d_step { printf("OUT completed"); report() }; break
    :: timeout -> d_step { printf("OUT deadlock"); report() }; break
    od
}
