package dev.threadlab.engine.primitives;

import dev.threadlab.engine.event.Event.LockAcquired;
import dev.threadlab.engine.event.Event.LockReleased;
import dev.threadlab.engine.event.ThreadState;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code threading.RLock}: reentrant, with an owner and a recursion count. Only the owner may release it; anyone else,
 * or a release when it is not held, raises {@code RuntimeError: cannot release un-acquired lock}.
 */
public final class RLockPrim implements Prim, Acquirable {

    private final String name;
    private final Waiters waiters = new Waiters();
    private final Map<Integer, Integer> restoreCounts = new HashMap<>();
    /** Owner of a copy made at fork while held: a thread that does not exist in the child. */
    private static final int FORKED_OWNER = -2;
    private int owner = -1;
    private int count;

    public RLockPrim(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int holder() {
        return Math.max(owner, -1);
    }

    public boolean ownedBy(int thread) {
        return owner == thread && count > 0;
    }

    @Override
    public int acquire(Kernel k, int thread, boolean blocking, long timeoutNs) {
        boolean mine = owner == thread || owner == -1;   // free, or re-entered by its owner
        if (mine) {
            take(k, thread, count + 1);
        }
        return Acquisition.attempt(k, thread, blocking, timeoutNs, mine, waiters, this);
    }

    @Override
    public boolean wouldBlock(int thread) {
        return owner != thread && owner != -1;
    }

    @Override
    public void release(Kernel k, int thread) {
        if (owner != thread) {
            throw PyError.runtime("cannot release un-acquired lock");
        }
        count--;
        k.emit(new LockReleased(k.nextSeq(), k.nowUs(), name, k.threadName(thread), count));
        if (count == 0) {
            owner = -1;
            handOver(k);
        }
    }

    /** Condition.wait: releases every level ({@code _release_save}) and returns the count to restore. */
    int releaseAll(Kernel k, int thread) {
        int saved = count;
        count = 0;
        owner = -1;
        k.emit(new LockReleased(k.nextSeq(), k.nowUs(), name, k.threadName(thread), 0));
        handOver(k);
        return saved;
    }

    /** Condition wake-up ({@code _acquire_restore}): gives the lock back with {@code saved} levels, maybe later. */
    void reacquire(Kernel k, int thread, int saved) {
        if (owner == -1) {
            take(k, thread, saved);
            k.wake(thread, true, 0);
        } else {
            restoreCounts.put(thread, saved);
            waiters.add(thread);
            k.reblock(thread, ThreadState.BLOCKED, this);
        }
    }

    private void handOver(Kernel k) {
        if (waiters.isEmpty()) {
            return;
        }
        int next = waiters.leave(k);
        Integer restore = restoreCounts.remove(next);
        take(k, next, restore == null ? 1 : restore);
        k.wake(next, true, 0);
    }

    private void take(Kernel k, int thread, int newCount) {
        owner = thread;
        count = newCount;
        k.emit(new LockAcquired(k.nextSeq(), k.nowUs(), name, k.threadName(thread), count));
    }

    @Override
    public void timeout(Kernel k, int thread) {
        restoreCounts.remove(thread);
        waiters.timeOut(k, thread);
    }

    @Override
    public Prim forkCopy(String newName) {
        RLockPrim copy = new RLockPrim(newName);
        copy.owner = owner == -1 ? -1 : FORKED_OWNER;
        copy.count = count;
        return copy;
    }

    @Override
    public Prim copy(Copies copies) {
        RLockPrim copy = new RLockPrim(name);
        copy.waiters.setTo(waiters);
        copy.restoreCounts.putAll(restoreCounts);
        copy.owner = owner;
        copy.count = count;
        return copy;
    }

    @Override
    public void digest(Digest d) {
        d.add(owner).add(count).addUnordered(waiters).add(restoreCounts);
    }
}
