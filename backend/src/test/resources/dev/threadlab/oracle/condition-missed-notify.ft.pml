/*
 * condition-missed-notify.json, CPython 3.13t, free-threaded (no GIL).
 *
 * Written from CPython's rules (docs/DESIGN.md §3.1), not from the engine. Every outcome the model can end in is printed
 * as one "OUT <kind> <var>=<value>... | <thread>: <Type>: <message>..." line by the observer at the bottom.
 *
 * threading.Condition(lock), lock a plain Lock:
 *  - wait() needs the lock (else RuntimeError('cannot wait on un-acquired lock'); with a plain Lock CPython can only
 *    check that it is locked), joins the waiters and releases the lock in one step (CPython appends to _waiters while
 *    holding the lock), blocks until notified (no spurious wake-ups), then re-acquires the lock like any acquirer;
 *  - notify() needs the lock too (RuntimeError('cannot notify on un-acquired lock')), wakes the longest waiter if
 *    there is one, and is lost if there is none: a notify that comes before the wait is never seen.
 * `with lock:` is lock.acquire() ... lock.release().
 *
 * Free-threaded, every instruction is a step of its own; every step here is a call or a single write, so the steps
 * are the same as the GIL model's:
 *   waiter:   [lock.acquire()] [cv.wait(): join + release] [cv.wait(): woken] [cv.wait(): re-acquire] [got = 1]
 *             [lock.release()]
 *   notifier: [lock.acquire()] [sent = 1] [cv.notify()] [lock.release()]
 */
bit lock;                  /* threading.Lock(): 1 = locked */
bit waiting;               /* the waiter is in cv's waiters, not yet notified */
byte err_waiter, err_notifier;   /* 0, or which RuntimeError ended the thread: 1 wait/notify, 2 release */
int got, sent;
byte finished;

inline acquire(l) { atomic { l == 0 -> l = 1 } }
inline release(l, err) { atomic { if :: l -> l = 0 :: else -> err = 2; goto died fi } }

active proctype waiter() {
    acquire(lock);
    /* cv.wait() */
    atomic { if :: lock -> waiting = 1; lock = 0 :: else -> err_waiter = 1; goto died fi };
    !waiting;                                   /* until a notify() picks it */
    acquire(lock);
    got = 1;
    release(lock, err_waiter);
died:
    finished++
}

active proctype notifier() {
    acquire(lock);                              /* with lock: */
    sent = 1;
    atomic { if :: lock -> waiting = 0 :: else -> err_notifier = 1; goto died fi };   /* cv.notify() */
    release(lock, err_notifier);                /* end of with */
died:
    finished++
}

inline report() {
    printf(" got=%d sent=%d", got, sent);
    if :: err_waiter == 1 -> printf(" | waiter: RuntimeError: cannot wait on un-acquired lock")
       :: err_waiter == 2 -> printf(" | waiter: RuntimeError: release unlocked lock")
       :: else -> skip fi;
    if :: err_notifier == 1 -> printf(" | notifier: RuntimeError: cannot notify on un-acquired lock")
       :: err_notifier == 2 -> printf(" | notifier: RuntimeError: release unlocked lock")
       :: else -> skip fi;
    printf("\n")
}

/* The outcome: every non-daemon thread ended (completed, or error if one died), or nothing can move (deadlock). */
active proctype outcome() {
    do
    :: finished == 2 ->
        d_step {
            if :: err_waiter > 0 || err_notifier > 0 -> printf("OUT error") :: else -> printf("OUT completed") fi;
            report()
        };
        break
    :: timeout ->
        d_step { printf("OUT deadlock"); report() };
        break
    od
}
