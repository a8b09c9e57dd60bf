/*
 * The lab's ExplorerVsSpin.lostUpdate() under CPython's rules with any timing (docs/DESIGN.md §3.1), the same program as
 * the explorer searches: the main thread starts three workers one after another (Thread.start() returns only once
 * the new thread runs: begun[id]), then waits for them (threading._shutdown). Each worker does, twice,
 *     tmp = counter; f(); counter = tmp + 1
 * Under the GIL a switch may come only at an eval breaker: the loop's back-edge and the call f(). So each
 * iteration is two atomic blocks: {loop test; read} and {f(); write; i++}. Every final counter from 2 to 6 is
 * reachable. Both tools do a full state-space search; SPIN with its partial-order reduction.
 */
byte counter = 0;
bit begun[3];
byte finished = 0;

proctype worker(byte id) {
    byte tmp;
    byte i = 0;
    begun[id] = 1;
    do
    :: atomic { i < 2 -> tmp = counter };
       d_step { counter = tmp + 1; i++ }
    :: atomic { i >= 2 -> break }
    od;
    finished++
}

init {
    run worker(0); begun[0];
    run worker(1); begun[1];
    run worker(2); begun[2];
    finished == 3;
    assert(counter >= 2 && counter <= 6)
}
