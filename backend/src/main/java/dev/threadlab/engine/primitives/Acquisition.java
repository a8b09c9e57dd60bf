package dev.threadlab.engine.primitives;

import dev.threadlab.engine.event.ThreadState;

/**
 * The one shape of {@code acquire(blocking=True, timeout=-1)} shared by Lock, RLock and Semaphore, as
 * CPython's {@code acquire} behaves: taken at once when free; otherwise {@code False} at once for a
 * non-blocking call or a zero timeout; otherwise the caller queues and blocks until it is handed the
 * primitive ({@code True}) or its timeout ends ({@code False}).
 */
final class Acquisition {

    private Acquisition() {
    }

    /** @param taken whether the primitive was free and the caller has just taken it */
    static int attempt(Kernel k, int thread, boolean blocking, long timeoutNs, boolean taken, Waiters waiters,
                       Prim on) {
        if (taken) {
            return Acquirable.GRANTED;
        }
        if (!blocking || timeoutNs == 0) {
            return Acquirable.REFUSED;
        }
        waiters.add(thread);
        k.block(thread, ThreadState.BLOCKED, on, timeoutNs);
        return Acquirable.BLOCKED;
    }
}
