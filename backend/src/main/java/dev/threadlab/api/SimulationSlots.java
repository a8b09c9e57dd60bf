package dev.threadlab.api;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The server's CPU budget for simulations: runs, replays, scheduler steps and synchronous explorations each hold one
 * slot while they compute, at most one per CPU at once. A request that finds every slot busy waits a little, in
 * arrival order, then gets 429.
 */
public final class SimulationSlots {

    private final Semaphore slots;
    private final long waitMillis;

    public SimulationSlots(int slots, long waitMillis) {
        this.slots = new Semaphore(slots, true);
        this.waitMillis = waitMillis;
    }

    /** One slot per CPU; a request waits up to 20 s for one. */
    public static SimulationSlots perCpu() {
        return new SimulationSlots(Runtime.getRuntime().availableProcessors(), 20_000);
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

    private void acquire() {
        try {
            if (!slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new ProblemException(429, "Too Many Requests",
                        "Every simulation slot of the server is busy; try again in a moment.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(503, "Service Unavailable", "The server is shutting down.");
        }
    }
}
