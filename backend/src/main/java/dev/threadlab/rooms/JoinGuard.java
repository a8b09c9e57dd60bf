package dev.threadlab.rooms;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Limits attempts per client address (joins and room look-ups: {@code N} per minute, bursts up to {@code N}), so
 * join codes cannot be enumerated. Idle addresses are forgotten.
 */
final class JoinGuard {

    private static final int SWEEP_EVERY = 1_024;

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private int calls;

    JoinGuard(int perMinute, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    /** Counts one attempt from {@code address}; false when over the limit. */
    boolean tryAttempt(String address) {
        long now = nanoTime.getAsLong();
        sweepSometimes(now);
        return buckets.computeIfAbsent(address, a -> new TokenBucket(perMinute, perMinute / 60.0, now)).tryTake(now);
    }

    int perMinute() {
        return perMinute;
    }

    private void sweepSometimes(long now) {
        boolean sweep;
        synchronized (this) {
            sweep = ++calls % SWEEP_EVERY == 0;
        }
        if (sweep) {
            buckets.values().removeIf(b -> b.isFull(now));
        }
    }
}
