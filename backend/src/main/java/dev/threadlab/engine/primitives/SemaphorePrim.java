package dev.threadlab.engine.primitives;

import dev.threadlab.engine.event.Event.SemaphoreChanged;

/**
 * {@code threading.Semaphore(value)} and {@code BoundedSemaphore(value)}. A release with waiters hands the permit to
 * one of them (chosen by the kernel). A plain Semaphore grows past its initial value; a bounded one raises
 * {@code ValueError: Semaphore released too many times}.
 */
public final class SemaphorePrim implements Prim, Acquirable {

    private final String name;
    private final long initial;
    private final boolean bounded;
    private final Waiters waiters = new Waiters();
    private long value;

    public SemaphorePrim(String name, long initial, boolean bounded) {
        this.name = name;
        this.initial = initial;
        this.bounded = bounded;
        this.value = initial;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean wouldBlock(int thread) {
        return value <= 0;
    }

    @Override
    public int acquire(Kernel k, int thread, boolean blocking, long timeoutNs) {
        boolean available = value > 0;
        if (available) {
            value--;
            changed(k, thread);
        }
        return Acquisition.attempt(k, thread, blocking, timeoutNs, available, waiters, this);
    }

    @Override
    public void release(Kernel k, int thread) {
        if (bounded && value + 1 > initial) {
            throw PyError.value("Semaphore released too many times");
        }
        if (waiters.isEmpty()) {
            value++;
            changed(k, thread);
            return;
        }
        int next = waiters.leave(k);
        changed(k, next);
        k.wake(next, true, 0);
    }

    private void changed(Kernel k, int thread) {
        k.emit(new SemaphoreChanged(k.nextSeq(), k.nowUs(), name, k.threadName(thread), value));
    }

    @Override
    public void timeout(Kernel k, int thread) {
        waiters.timeOut(k, thread);
    }

    @Override
    public Prim forkCopy(String newName) {
        SemaphorePrim copy = new SemaphorePrim(newName, initial, bounded);
        copy.value = value;
        return copy;
    }

    @Override
    public Prim copy(Copies copies) {
        SemaphorePrim copy = new SemaphorePrim(name, initial, bounded);
        copy.waiters.setTo(waiters);
        copy.value = value;
        return copy;
    }

    @Override
    public void digest(Digest d) {
        d.add(value).addUnordered(waiters);
    }
}
