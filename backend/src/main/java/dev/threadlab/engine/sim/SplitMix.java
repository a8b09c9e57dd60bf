package dev.threadlab.engine.sim;

/**
 * The SplitMix64 generator of {@link java.util.SplittableRandom}, exactly (seed constructor with the golden gamma,
 * {@code nextInt(bound)}, {@code nextLong(bound)}), but copyable: a run's checkpoint carries its generators' state
 * so that a run resumed from it draws what the original drew. SplittableRandom cannot be copied (its state is
 * private and {@code split()} derives a different stream), and replacing it by another algorithm would change every
 * existing run; SplitMixTest holds this class to the JDK's draws.
 */
final class SplitMix {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private long seed;

    SplitMix(long seed) {
        this.seed = seed;
    }

    /** An independent generator in the same state: both draw the same values from here on. */
    SplitMix copy() {
        return new SplitMix(seed);
    }

    /** As {@code SplittableRandom.nextInt(bound)}, {@code bound > 0}. */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        int m = bound - 1;
        int r = nextInt();
        if ((bound & m) == 0) {
            return r & m;   // a power of two
        }
        // reject the over-represented candidates, as RandomSupport.boundedNextInt does
        for (int u = r >>> 1; u + m - (r = u % bound) < 0; u = nextInt() >>> 1) {
            // draw again
        }
        return r;
    }

    /** As {@code SplittableRandom.nextLong(bound)}, {@code bound > 0}. */
    long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        long m = bound - 1;
        long r = nextLong();
        if ((bound & m) == 0L) {
            return r & m;
        }
        for (long u = r >>> 1; u + m - (r = u % bound) < 0L; u = nextLong() >>> 1) {
            // draw again
        }
        return r;
    }

    private int nextInt() {
        long z = nextSeed();
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }

    private long nextLong() {
        long z = nextSeed();
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private long nextSeed() {
        return seed += GOLDEN_GAMMA;
    }
}
