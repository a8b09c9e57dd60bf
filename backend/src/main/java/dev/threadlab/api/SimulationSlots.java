package dev.threadlab.api;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The server's CPU budget for simulations: runs, replays, scheduler steps and synchronous explorations each hold one
 * slot while they compute ({@code LAB_SIMULATION_SLOTS}, one per CPU by default). A request that finds every slot busy
 * waits ({@code LAB_SLOT_WAIT_MS}, 60 s: a class of 30 posting 30 different big runs at once waits its turn rather
 * than failing), in arrival order, then gets 429.
 */
public final class SimulationSlots {

    private final Semaphore slots;
    private final long waitMillis;
    private final java.util.concurrent.atomic.AtomicLong refused = new java.util.concurrent.atomic.AtomicLong();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SimulationSlots.class);

    public SimulationSlots(int slots, long waitMillis) {
        this.slots = new Semaphore(slots, true);
        this.waitMillis = waitMillis;
    }

    /** Runs {@code work} in a slot. */
    public <T> T call(Supplier<T> work) {
        acquire();
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    /**
     * Called by work running in a slot ({@link #call}): gives the slot up while {@code waiting} blocks (a replay
     * waiting for its client to read a batch), then waits its turn for a slot again, behind every request that
     * arrived meanwhile, however long that takes (the slot must be held again when {@link #call} releases it).
     */
    public void outside(Runnable waiting) {
        slots.release();
        try {
            waiting.run();
        } finally {
            slots.acquireUninterruptibly();
        }
    }

    /** Slots free now. */
    public int free() {
        return slots.availablePermits();
    }

    /** Requests waiting for a slot now. */
    public int waiting() {
        return slots.getQueueLength();
    }

    /** Requests refused so far for want of a slot (429). */
    public long refused() {
        return refused.get();
    }

    private void acquire() {
        try {
            if (!slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                refused.incrementAndGet();
                LOG.info("A simulation was refused: every slot stayed busy for {} ms", waitMillis);
                throw new ProblemException(429, "Too Many Requests",
                        "Every simulation slot of the server is busy; try again in a moment.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(503, "Service Unavailable", "The server is shutting down.");
        }
    }
}
