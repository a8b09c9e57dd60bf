/*
 * increment-2x2.json, CPython 3.13t, free-threaded (no GIL).
 *
 * Written from CPython's rules (docs/DESIGN.md §3.1), not from the engine. Every outcome the model can end in is printed
 * as one "OUT <kind> <var>=<value>..." line by the observer at the bottom.
 *
 * Free-threaded, `counter += 1` is a read and a write that other threads may interleave. Steps of each worker:
 * [t = counter] [counter = t + 1] [t = counter] [counter = t + 1].
 */
int counter;
byte finished;

active [2] proctype worker() {
    byte i = 0;
    int t;
    do
    :: i < 2 -> t = counter; counter = t + 1; i++
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
