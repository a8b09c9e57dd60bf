package dev.threadlab.rooms;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * At most {@code perMinute} actions per client address: a bucket per address, refilled over a minute. Idle addresses
 * (full buckets) are forgotten now and then.
 */
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
        return bucket(address, now).tryTake(now);
    }

    /** Whether {@code address} has an action left, without counting one. */
    boolean hasToken(String address) {
        long now = nanoTime.getAsLong();
        return bucket(address, now).hasToken(now);
    }

    int perMinute() {
        return perMinute;
    }

    private TokenBucket bucket(String address, long now) {
        boolean sweep;
        synchronized (this) {
            sweep = ++calls % SWEEP_EVERY == 0;
        }
        if (sweep) {
            buckets.values().removeIf(b -> b.isFull(now));
        }
        return buckets.computeIfAbsent(address, a -> new TokenBucket(perMinute, perMinute / 60.0, now));
    }
}
