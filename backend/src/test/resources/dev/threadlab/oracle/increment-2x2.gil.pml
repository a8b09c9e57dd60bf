/*
 * increment-2x2.json, CPython 3.11 with the GIL.
 *
 * Written from CPython's rules (docs/DESIGN.md §3.1), not from the engine. Every outcome the model can end in is printed
 * as one "OUT <kind> <var>=<value>..." line by the observer at the bottom.
 *
 * Under the GIL `counter += 1` is never cut in two (no eval breaker inside it); a switch may happen at each loop
 * back-edge. Atomic blocks of each worker: [counter += 1] [counter += 1].
 */
int counter;
byte finished;

active [2] proctype worker() {
    byte i = 0;
    do
    :: i < 2 -> counter++; i++        /* counter += 1, atomic; i is local (the loop's own bookkeeping) */
    :: else -> break
    od;
    finished++
}

inline report() { printf(" counter=%d\n", counter) }

/* The outcome: every non-daemon thread ended, or nothing can move (deadlock). */
active proctype outcome() {
    do
    :: finished == 2 -> d_step { printf("OUT completed"); report() }; break
    :: timeout -> d_step { printf("OUT deadlock"); report() }; break
    od
}
