package dev.threadlab.rooms;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Limits attempts per client address so join codes cannot be enumerated, without locking out a class behind one
 * school NAT. Two budgets per address, each refilled per minute: <em>misses</em> (an unknown code, a wrong teacher
 * token: strict, {@code missesPerMinute}) and all <em>attempts</em> (generous, {@code attemptsPerMinute}). Once an
 * address has no misses left, every attempt from it is refused, valid codes included, so that the refusal itself
 * tells a guesser nothing. Idle addresses are forgotten.
 */
final class JoinGuard {

    private static final int SWEEP_EVERY = 1_024;

    private final int missesPerMinute;
    private final int attemptsPerMinute;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<String, Budget> budgets = new ConcurrentHashMap<>();
    private int calls;

    private record Budget(TokenBucket misses, TokenBucket attempts) {
    }

    JoinGuard(int missesPerMinute, int attemptsPerMinute, LongSupplier nanoTime) {
        this.missesPerMinute = missesPerMinute;
        this.attemptsPerMinute = attemptsPerMinute;
        this.nanoTime = nanoTime;
    }

    /** Which budget refused an attempt. */
    enum Refusal {
        /** Too many misses: every attempt is refused for a while. */
        MISSES,
        /** Too many attempts, valid or not. */
        ATTEMPTS
    }

    /** Counts one attempt from {@code address}; null when allowed, else the budget it is over. */
    Refusal tryAttempt(String address) {
        long now = nanoTime.getAsLong();
        sweepSometimes(now);
        Budget budget = budget(address, now);
        if (!budget.misses().hasToken(now)) {
            return Refusal.MISSES;
        }
        return budget.attempts().tryTake(now) ? null : Refusal.ATTEMPTS;
    }

    /** Why an attempt from an address was refused, for the refusal's message. */
    String explain(Refusal refusal, String what) {
        return refusal == Refusal.MISSES
                ? "Too many " + what + " from your address with codes that name no room or a wrong teacher link (at"
                + " most " + missesPerMinute + " a minute). Wait a minute and try again."
                : "Too many " + what + " from your address (at most " + attemptsPerMinute + " a minute)."
                + " Wait a minute and try again.";
    }

    /** Counts a miss: the attempt named no room, or a wrong secret. */
    void miss(String address) {
        long now = nanoTime.getAsLong();
        budget(address, now).misses().tryTake(now);
    }

    private Budget budget(String address, long now) {
        return budgets.computeIfAbsent(address, a -> new Budget(
                new TokenBucket(missesPerMinute, missesPerMinute / 60.0, now),
                new TokenBucket(attemptsPerMinute, attemptsPerMinute / 60.0, now)));
    }

    private void sweepSometimes(long now) {
        boolean sweep;
        synchronized (this) {
            sweep = ++calls % SWEEP_EVERY == 0;
        }
        if (sweep) {
            budgets.values().removeIf(b -> b.misses().isFull(now) && b.attempts().isFull(now));
        }
    }
}
