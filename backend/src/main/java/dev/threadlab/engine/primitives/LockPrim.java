package dev.threadlab.engine.primitives;

import dev.threadlab.engine.event.Event.LockAcquired;
import dev.threadlab.engine.event.Event.LockReleased;
import dev.threadlab.engine.event.ThreadState;

/**
 * {@code threading.Lock} / {@code _thread.allocate_lock()}. Not reentrant: acquiring it twice from one thread blocks
 * forever. Any thread may release it (CPython raises nothing); releasing it unlocked raises
 * {@code RuntimeError: release unlocked lock}. A release hands the lock to one waiter, chosen by the kernel.
 */
public final class LockPrim implements Prim, Acquirable {

    private final String name;
    private final Waiters waiters = new Waiters();
    private boolean locked;
    private int owner = -1;

    public LockPrim(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int holder() {
        return locked ? owner : -1;
    }

    public boolean locked() {
        return locked;
    }

    @Override
    public int acquire(Kernel k, int thread, boolean blocking, long timeoutNs) {
        boolean free = !locked;
        if (free) {
            take(k, thread);
        }
        return Acquisition.attempt(k, thread, blocking, timeoutNs, free, waiters, this);
    }

    @Override
    public boolean wouldBlock(int thread) {
        return locked;
    }

    @Override
    public void release(Kernel k, int thread) {
        if (!locked) {
            throw PyError.runtime("release unlocked lock");
        }
        k.emit(new LockReleased(k.nextSeq(), k.nowUs(), name, k.threadName(thread), 0));
        locked = false;
        owner = -1;
        handOver(k);
    }

    /** Blocks {@code thread} (already suspended elsewhere) until it gets the lock, or gives it at once. */
    void reacquire(Kernel k, int thread) {
        if (!locked) {
            take(k, thread);
            k.wake(thread, true, 0);
        } else {
            waiters.add(thread);
            k.reblock(thread, ThreadState.BLOCKED, this);
        }
    }

    private void handOver(Kernel k) {
        if (waiters.isEmpty()) {
            return;
        }
        int next = waiters.leave(k);
        take(k, next);
        k.wake(next, true, 0);
    }

    private void take(Kernel k, int thread) {
        locked = true;
        owner = thread;
        k.emit(new LockAcquired(k.nextSeq(), k.nowUs(), name, k.threadName(thread), 1));
    }

    @Override
    public void timeout(Kernel k, int thread) {
        waiters.timeOut(k, thread);
    }

    @Override
    public Prim forkCopy(String newName) {
        LockPrim copy = new LockPrim(newName);
        copy.locked = locked;
        copy.owner = -1;
        return copy;
    }

    @Override
    public Prim copy(Copies copies) {
        LockPrim copy = new LockPrim(name);
        copy.waiters.setTo(waiters);
        copy.locked = locked;
        copy.owner = owner;
        return copy;
    }

    @Override
    public void digest(Digest d) {
        d.add(locked).add(owner).addUnordered(waiters);
    }
}
