package dev.threadlab.rooms;

/**
 * A token bucket: {@code capacity} tokens, refilled at {@code perSecond}; each action takes one. Thread-safe.
 * Time is passed in (nanoseconds from any fixed origin), so tests need no sleeping.
 */
final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long last;

    TokenBucket(double capacity, double perSecond, long nowNanos) {
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.tokens = capacity;
        this.last = nowNanos;
    }

    /** Takes a token if there is one. */
    synchronized boolean tryTake(long nowNanos) {
        tokens = Math.min(capacity, tokens + Math.max(0, nowNanos - last) * perNano);
        last = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** True when a token could be taken now (without taking it). */
    synchronized boolean hasToken(long nowNanos) {
        return tokens + Math.max(0, nowNanos - last) * perNano >= 1;
    }

    /** True when it is full again (idle long enough to forget). */
    synchronized boolean isFull(long nowNanos) {
        return tokens + Math.max(0, nowNanos - last) * perNano >= capacity;
    }
}
