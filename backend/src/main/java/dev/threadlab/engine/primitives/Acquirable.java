package dev.threadlab.engine.primitives;

/** Lock, RLock, Condition (through its lock) and (Bounded)Semaphore: what acquire/release/with accept. */
public interface Acquirable {

    /** Acquired at once. */
    int GRANTED = 0;
    /** Not acquired, and the caller does not wait (non-blocking or zero timeout): the call returns False. */
    int REFUSED = 1;
    /** The caller is now blocked; it will be woken with True (acquired) or False (timed out). */
    int BLOCKED = 2;

    /** {@code acquire(blocking, timeout)}; {@code timeoutNs < 0} waits forever. */
    int acquire(Kernel k, int thread, boolean blocking, long timeoutNs);

    /** Whether {@code acquire()} by {@code thread} would have to wait now. */
    boolean wouldBlock(int thread);

    /** {@code release()}; throws {@link PyError} as CPython does. */
    void release(Kernel k, int thread);
}
