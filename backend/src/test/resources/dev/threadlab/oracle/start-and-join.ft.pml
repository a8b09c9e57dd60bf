/*
 * start-and-join.json, CPython 3.13t, free-threaded (no GIL).
 *
 * Written from CPython's rules (docs/DESIGN.md §3.1), not from the engine. Every outcome the model can end in is printed
 * as one "OUT <kind> <var>=<value>..." line by the observer at the bottom.
 *
 * w is started by hand: w.start() returns once w has begun running (CPython waits for w's _started event), and from
 * then on either thread may run; w may be switched out before its first statement. w.join() blocks
 * until w has ended.
 * Free-threaded, every instruction is a step of its own:
 *   main: [w.start()] [a = 1] [w.join()] [t = b] [c = t]
 *   w:    [t = a] [b = t + 1]
 */
int a, b, c;
bit wEnded;
byte finished;             /* non-daemon threads that have ended: main and w */

proctype w() {
    int t;
    t = a;
    b = t + 1;
    wEnded = 1;
    finished++
}

active proctype mainThread() {
    int t;
    run w();                           /* w.start(): w exists and has begun; none of its steps is ordered yet */
    a = 1;
    wEnded;                            /* w.join() */
    t = b;
    c = t;
    finished++
}

inline report() { printf(" a=%d b=%d c=%d\n", a, b, c) }

/* The outcome: every non-daemon thread ended, or nothing can move (deadlock). */
active proctype outcome() {
    do
    :: finished == 2 -> d_step { printf("OUT completed"); report() }; break
    :: timeout -> d_step { printf("OUT deadlock"); report() }; break
    od
}
