package dev.threadlab.engine.sim;

/**
 * What one read or write of a shared int costs now. Free-threaded, two cores never run in lockstep (caches, clock
 * boosts, interrupts): each access takes between half and one and a half times its cost, drawn from a generator
 * seeded by the scenario's seed, so a run is exactly reproducible from its seed and different seeds interleave
 * differently (DESIGN.md §3: unsynchronised increments lose more or fewer updates depending on the seed). Under the
 * GIL only one thread runs Python code at a time, so nothing depends on it; exploring explores every order anyway.
 */
final class CoreJitter {

    private final long varAccessNs;
    /** Free-threaded simulation: the seeded jitter of real cores; null otherwise. */
    private final SplitMix random;

    /** For a run costing {@code varAccessNs} per access; {@code random} null for none. */
    CoreJitter(long varAccessNs, SplitMix random) {
        this.varAccessNs = varAccessNs;
        this.random = random;
    }

    /** An independent copy in the same state, for a copy of the machine: both draw the same values from here on. */
    CoreJitter copy() {
        return new CoreJitter(varAccessNs, random == null ? null : random.copy());
    }

    /** The cost of the next read or write of a shared int. */
    long varAccessNs() {
        long ns = varAccessNs;
        if (random == null || ns <= 0) {
            return ns;
        }
        return Math.max(1, ns / 2 + random.nextLong(ns + 1));
    }
}
