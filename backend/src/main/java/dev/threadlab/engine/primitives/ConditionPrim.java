package dev.threadlab.engine.primitives;

import dev.threadlab.engine.event.ThreadState;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code threading.Condition(lock)}: wait releases the lock (every level of an RLock) and re-acquires it after a
 * notify or the timeout. Waiting or notifying without owning the lock raises
 * {@code RuntimeError: cannot wait on un-acquired lock} / {@code cannot notify on un-acquired lock}. As in CPython's
 * {@code _is_owned}, a plain Lock counts as owned whenever it is locked, by anyone. CPython wakes waiters in FIFO
 * order but documents that as not guaranteed, so which waiter a notify wakes is a choice (FIFO policy = CPython).
 */
public final class ConditionPrim implements Prim, Acquirable {

    private final String name;
    private final Waiters waiters = new Waiters();
    private final Map<Integer, Integer> savedCounts = new HashMap<>();
    private final boolean ownsLock;
    private Prim lock;

    /** {@code lock} is a {@link LockPrim} or {@link RLockPrim}; {@code ownsLock} when it is the Condition's own RLock. */
    public ConditionPrim(String name, Prim lock, boolean ownsLock) {
        this.name = name;
        this.lock = lock;
        this.ownsLock = ownsLock;
    }

    @Override
    public String name() {
        return name;
    }

    public Prim lock() {
        return lock;
    }

    /** After fork: point at the child's copy of the (declared) lock. */
    public void relink(Prim childLock) {
        this.lock = childLock;
    }

    @Override
    public int acquire(Kernel k, int thread, boolean blocking, long timeoutNs) {
        return ((Acquirable) lock).acquire(k, thread, blocking, timeoutNs);
    }

    @Override
    public boolean wouldBlock(int thread) {
        return ((Acquirable) lock).wouldBlock(thread);
    }

    @Override
    public void release(Kernel k, int thread) {
        ((Acquirable) lock).release(k, thread);
    }

    private boolean owned(int thread) {
        return switch (lock) {
            case LockPrim l -> l.locked();
            case RLockPrim r -> r.ownedBy(thread);
            default -> false;
        };
    }

    /** {@code wait(timeout)}: always blocks (the thread is woken holding the lock again). */
    public void await(Kernel k, int thread, long timeoutNs) {
        if (!owned(thread)) {
            throw PyError.runtime("cannot wait on un-acquired lock");
        }
        int saved = switch (lock) {
            case RLockPrim r -> r.releaseAll(k, thread);
            default -> {
                ((Acquirable) lock).release(k, thread);
                yield 1;
            }
        };
        savedCounts.put(thread, saved);
        waiters.add(thread);
        k.block(thread, ThreadState.WAITING, this, timeoutNs);
    }

    /** {@code notify(n)}. */
    public void notify(Kernel k, int thread, int n) {
        if (!owned(thread)) {
            throw PyError.runtime("cannot notify on un-acquired lock");
        }
        for (int i = 0; i < n && !waiters.isEmpty(); i++) {
            reacquire(k, waiters.leave(k));
        }
    }

    /** {@code notify_all()}. */
    public void notifyAll(Kernel k, int thread) {
        notify(k, thread, Integer.MAX_VALUE);
    }

    private void reacquire(Kernel k, int thread) {
        int saved = savedCounts.remove(thread);
        switch (lock) {
            case RLockPrim r -> r.reacquire(k, thread, saved);
            case LockPrim l -> l.reacquire(k, thread);
            default -> throw new IllegalStateException(lock.name());
        }
    }

    @Override
    public void timeout(Kernel k, int thread) {
        if (waiters.remove(thread)) {
            reacquire(k, thread);
        }
    }

    @Override
    public Prim forkCopy(String newName) {
        return ownsLock ? new ConditionPrim(newName, lock.forkCopy(newName + ".lock"), true)
                : new ConditionPrim(newName, lock, false);
    }

    @Override
    public Prim copy(Copies copies) {
        ConditionPrim copy = new ConditionPrim(name, copies.of(lock), ownsLock);
        copy.waiters.setTo(waiters);
        copy.savedCounts.putAll(savedCounts);
        return copy;
    }

    @Override
    public void digest(Digest d) {
        d.addUnordered(waiters).add(savedCounts);
        if (ownsLock) {
            lock.digest(d);
        }
    }
}
