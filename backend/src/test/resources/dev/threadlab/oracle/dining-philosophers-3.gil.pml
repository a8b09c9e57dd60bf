/*
 * dining-philosophers-3.json, CPython 3.11 with the GIL.
 *
 * Written from CPython's rules (docs/DESIGN.md §3.1), not from the engine. Every outcome the model can end in is printed
 * as one "OUT <kind> <var>=<value>... | <thread>: <Type>: <message>..." line by the observer at the bottom.
 *
 * Three philosophers p0..p2, forks are Locks; p<i> takes fork<i>, then fork<(i+1) mod 3>, eats (meals += 1), puts
 * the right fork down, then the left. Atomic blocks under the GIL (a switch may happen at the eval breaker before and
 * after every call; `meals += 1` is never cut in two):
 *   p<i>: [acquire left] [acquire right] [meals += 1] [release right] [release left]
 */
#define N 3
bit fork[N];               /* threading.Lock(): 1 = locked */
bit err[N];                /* p<i> died of RuntimeError('release unlocked lock') */
int meals;
byte finished;

inline acquire(l) { atomic { l == 0 -> l = 1 } }
inline release(l, e) { atomic { if :: l -> l = 0 :: else -> e = 1; goto died fi } }

proctype philosopher(byte i) {
    acquire(fork[i]);
    acquire(fork[(i + 1) % N]);
    meals++;
    release(fork[(i + 1) % N], err[i]);
    release(fork[i], err[i]);
died:
    finished++
}

/* The main thread (empty body) starts p0, p1, p2; a start orders none of their steps. */
init {
    atomic { run philosopher(0); run philosopher(1); run philosopher(2) }
}

inline report() {
    printf(" meals=%d", meals);
    if :: err[0] -> printf(" | p0: RuntimeError: release unlocked lock") :: else -> skip fi;
    if :: err[1] -> printf(" | p1: RuntimeError: release unlocked lock") :: else -> skip fi;
    if :: err[2] -> printf(" | p2: RuntimeError: release unlocked lock") :: else -> skip fi;
    printf("\n")
}

/* The outcome: every non-daemon thread ended (completed, or error if one died), or nothing can move (deadlock). */
active proctype outcome() {
    do
    :: finished == N ->
        d_step {
            if :: err[0] || err[1] || err[2] -> printf("OUT error") :: else -> printf("OUT completed") fi;
            report()
        };
        break
    :: timeout ->
        d_step { printf("OUT deadlock"); report() };
        break
    od
}
