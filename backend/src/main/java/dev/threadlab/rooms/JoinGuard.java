package dev.threadlab.rooms;

import java.util.function.LongSupplier;

/**
 * Limits attempts per client address so join codes cannot be enumerated, without locking out a class behind one
 * school NAT. Two budgets per address, each refilled per minute: <em>misses</em> (an unknown code, a wrong teacher
 * token: strict, {@code missesPerMinute}) and all <em>attempts</em> (generous, {@code attemptsPerMinute}). Once an
 * address has no misses left, every attempt from it is refused, valid codes included, so that the refusal itself
 * tells a guesser nothing. Idle addresses are forgotten.
 */
final class JoinGuard {

    private final AddressRateLimit misses;
    private final AddressRateLimit attempts;

    JoinGuard(int missesPerMinute, int attemptsPerMinute, LongSupplier nanoTime) {
        this.misses = new AddressRateLimit(missesPerMinute, nanoTime);
        this.attempts = new AddressRateLimit(attemptsPerMinute, nanoTime);
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
        if (!misses.hasToken(address)) {
            return Refusal.MISSES;
        }
        return attempts.tryTake(address) ? null : Refusal.ATTEMPTS;
    }

    /** Why an attempt from an address was refused, for the refusal's message. */
    String explain(Refusal refusal, String what) {
        return refusal == Refusal.MISSES
                ? "Too many " + what + " from your address with codes that name no room or a wrong teacher link (at"
                + " most " + misses.perMinute() + " a minute). Wait a minute and try again."
                : "Too many " + what + " from your address (at most " + attempts.perMinute() + " a minute)."
                + " Wait a minute and try again.";
    }

    /** Counts a miss: the attempt named no room, or a wrong secret. */
    void miss(String address) {
        misses.tryTake(address);
    }
}
