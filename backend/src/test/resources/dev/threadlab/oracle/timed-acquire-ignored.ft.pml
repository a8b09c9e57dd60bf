/*
 * timed-acquire-ignored.json, CPython 3.13t, free-threaded (no GIL).
 *
 * Written from CPython's rules (docs/DESIGN.md §3.1), not from the engine. Every outcome the model can end in is printed
 * as one "OUT <kind> <var>=<value>... | <thread>: <Type>: <message>..." line by the observer at the bottom.
 *
 * lock.acquire(timeout=0.001): a free lock is taken at once; a held one blocks the caller until either
 * the lock is free and the caller takes it (no FIFO: the holder or anyone else may retake it first), or the wait
 * times out, which may happen at any moment while blocked (durations order nothing). The result is ignored: after a
 * timeout the thread goes on and releases a lock it does not hold. A Lock has no owner, so that releases the
 * holder's lock; whoever releases second gets RuntimeError('release unlocked lock'), which ends that thread.
 * Modelling note: the timeout branch stays open while the lock is free too. Timing out is a step with no effect on
 * shared state and is followed by a switch point, so this reaches exactly what "times out only while the lock is
 * held" does (move the timeout back to the moment of the call, when the lock was held).
 *
 * Free-threaded, every instruction is a step of its own; `n += 1` is a read and a write, and after a timeout the
 * impatient thread's increment may interleave with the holder's:
 *   holder:    [acquire] [t = n] [n = t + 1] [compute] [release]
 *   impatient: [acquire(timeout): the call] [... taken, or timed out] [t = n] [n = t + 1] [release]
 */
bit lock;                          /* threading.Lock(): 1 = locked */
bit err_holder, err_impatient;     /* died of RuntimeError('release unlocked lock') */
int n;
byte finished;

inline acquire(l) { atomic { l == 0 -> l = 1 } }
inline release(l, err) { atomic { if :: l -> l = 0 :: else -> err = 1; goto died fi } }

active proctype holder() {
    int t;
    acquire(lock);
    t = n;
    n = t + 1;
    skip;                          /* compute 5 ms */
    release(lock, err_holder);
died:
    finished++
}

active proctype impatient() {
    bit got;
    int t;
    /* lock.acquire(timeout=0.001), result ignored */
    d_step { if :: lock == 0 -> lock = 1; got = 1 :: else -> got = 0 fi };
    if
    :: got -> skip
    :: else ->
        if
        :: atomic { lock == 0 -> lock = 1 }    /* the lock was freed and this thread took it */
        :: skip                                /* timed out: returns False */
        fi
    fi;
    t = n;
    n = t + 1;
    release(lock, err_impatient);
died:
    finished++
}

inline report() {
    printf(" n=%d", n);
    if :: err_holder -> printf(" | holder: RuntimeError: release unlocked lock") :: else -> skip fi;
    if :: err_impatient -> printf(" | impatient: RuntimeError: release unlocked lock") :: else -> skip fi;
    printf("\n")
}

/* The outcome: every non-daemon thread ended (completed, or error if one died), or nothing can move (deadlock). */
active proctype outcome() {
    do
    :: finished == 2 ->
        d_step {
            if :: err_holder || err_impatient -> printf("OUT error") :: else -> printf("OUT completed") fi;
            report()
        };
        break
    :: timeout ->
        d_step { printf("OUT deadlock"); report() };
        break
    od
}
