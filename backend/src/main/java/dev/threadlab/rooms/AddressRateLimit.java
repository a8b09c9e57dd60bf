package dev.threadlab.rooms;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/** At most {@code perMinute} actions per client address (a bucket per address, refilled over a minute). */
final class AddressRateLimit {

    private static final int SWEEP_EVERY = 1_024;

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private int calls;

    AddressRateLimit(int perMinute, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    /** Counts one action from {@code address}; false when it is over the limit. */
    boolean tryTake(String address) {
        long now = nanoTime.getAsLong();
        boolean sweep;
        synchronized (this) {
            sweep = ++calls % SWEEP_EVERY == 0;
        }
        if (sweep) { // idle addresses are forgotten
            buckets.values().removeIf(b -> b.isFull(now));
        }
        return buckets.computeIfAbsent(address, a -> new TokenBucket(perMinute, perMinute / 60.0, now)).tryTake(now);
    }

    int perMinute() {
        return perMinute;
    }
}
