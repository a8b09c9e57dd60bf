/*
 * opposite-lock-order.json, CPython 3.13t, free-threaded (no GIL).
 *
 * Written from CPython's rules (docs/DESIGN.md §3.1), not from the engine. Every outcome the model can end in is printed
 * as one "OUT <kind> <var>=<value>... | <thread>: <Type>: <message>..." line by the observer at the bottom.
 *
 * Free-threaded, every instruction is a step of its own; here every step is a call (acquire, release), each one
 * atomic on its lock, so the steps are the same as under the GIL:
 *   a: [acquire x] [acquire y] [release y] [release x]
 *   b: [acquire y] [acquire x] [release x] [release y]
 * (the GIL model is the same model).
 * Threads a and b are started by the implicit main thread (empty body): a start orders no step of theirs.
 */
bit x, y;          /* threading.Lock(): 1 = locked; a Lock has no owner, any thread may release it */
bit err_a, err_b;  /* the thread died of RuntimeError('release unlocked lock') */
byte finished;     /* non-daemon threads that have ended, normally or by an exception */

/* lock.acquire(): blocks until the lock is free, then takes it; any blocked acquirer may win, no FIFO */
inline acquire(l) { atomic { l == 0 -> l = 1 } }
/* lock.release(): releasing an unlocked Lock raises RuntimeError, which ends the thread */
inline release(l, err) { atomic { if :: l -> l = 0 :: else -> err = 1; goto died fi } }

active proctype a() {
    acquire(x); acquire(y); release(y, err_a); release(x, err_a);
died:
    finished++
}

active proctype b() {
    acquire(y); acquire(x); release(x, err_b); release(y, err_b);
died:
    finished++
}

inline report() {
    if :: err_a -> printf(" | a: RuntimeError: release unlocked lock") :: else -> skip fi;
    if :: err_b -> printf(" | b: RuntimeError: release unlocked lock") :: else -> skip fi;
    printf("\n")
}

/* The outcome: every non-daemon thread ended (completed, or error if one died), or nothing can move (deadlock). */
active proctype outcome() {
    do
    :: finished == 2 ->
        d_step { if :: err_a || err_b -> printf("OUT error") :: else -> printf("OUT completed") fi; report() };
        break
    :: timeout ->
        d_step { printf("OUT deadlock"); report() };
        break
    od
}
