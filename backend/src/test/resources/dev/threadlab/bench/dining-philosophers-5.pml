/*
 * The lab's ExplorerVsSpin.diningPhilosophersUngated() under CPython's rules with any timing (docs/DESIGN.md §3.1), the
 * same program as the explorer searches: the main thread starts five philosophers one after another
 * (Thread.start() returns only once the new thread runs: begun[id]), then waits for them. Each takes its left fork,
 * then its right (Locks: a blocked acquire is a guard, any waiter may win), eats once (a call: a switch point),
 * puts both down. Deadlock is reachable (everyone holds a left fork): SPIN reports it as an invalid end state.
 */
#define N 5
bit fork[N];
bit begun[N];
byte finished = 0;

proctype philosopher(byte id) {
    begun[id] = 1;
    atomic { fork[id] == 0 -> fork[id] = 1 };
    atomic { fork[(id + 1) % N] == 0 -> fork[(id + 1) % N] = 1 };
    skip;                     /* eat: compute */
    fork[(id + 1) % N] = 0;
    fork[id] = 0;
    finished++
}

init {
    byte i = 0;
    do
    :: i < N -> run philosopher(i); begun[i]; i++
    :: else -> break
    od;
    finished == N
}
