package dev.threadlab.engine.sim;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.function.IntToLongFunction;
import java.util.function.ToLongBiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * The engine's copyable generator draws exactly what {@link SplittableRandom} draws (the JDK is the oracle), so the
 * runs made before checkpoints existed, and the golden traces, are unchanged.
 */
class SplitMixTest {

    private static final long[] EDGE_SEEDS = {0, 1, -1, 42, Long.MIN_VALUE, Long.MAX_VALUE, 0x5DEECE66DL,
            1 ^ 0x5DEECE66DL, 0x9e3779b97f4a7c15L};

    private static long[] seeds() {
        long[] seeds = new long[EDGE_SEEDS.length + 300];
        System.arraycopy(EDGE_SEEDS, 0, seeds, 0, EDGE_SEEDS.length);
        SplittableRandom pick = new SplittableRandom(2026);
        for (int i = EDGE_SEEDS.length; i < seeds.length; i++) {
            seeds[i] = pick.nextLong();
        }
        return seeds;
    }

    @Test
    void next_int_with_a_bound_draws_what_splittable_random_draws_for_every_seed() {
        // the chooser's bounds (2 to a few dozen candidates), powers of two, and bounds that reject often
        assertDrawsAlike(0, i -> switch (i % 4) {
            case 0 -> 2 + i % 30;
            case 1 -> 1 << (i % 31);
            case 2 -> Integer.MAX_VALUE - i;
            default -> (1 << 30) + 1 + i;
        }, (jdk, bound) -> jdk.nextInt(bound.intValue()), (mine, bound) -> mine.nextInt(bound.intValue()));
    }

    @Test
    void next_long_with_a_bound_draws_what_splittable_random_draws_for_every_seed() {
        // the cores' jitter (seeded with seed ^ 0x5DEECE66D) draws in [0, cost]: costs of a few ns to ms, powers of
        // two, huge bounds
        assertDrawsAlike(0x5DEECE66DL, i -> switch (i % 4) {
            case 0 -> 1 + i;
            case 1 -> 1L << (i % 63);
            case 2 -> Long.MAX_VALUE - i;
            default -> (1L << 62) + 1 + i;
        }, SplittableRandom::nextLong, SplitMix::nextLong);
    }

    /** 10,000 draws for each seed (xor {@code mix}), with the bound {@code boundOf(i)} for the i-th. */
    private static void assertDrawsAlike(long mix, IntToLongFunction boundOf,
                                         ToLongBiFunction<SplittableRandom, Long> jdk,
                                         ToLongBiFunction<SplitMix, Long> mine) {
        long draws = 0;
        for (long seed : seeds()) {
            SplittableRandom oracle = new SplittableRandom(seed ^ mix);
            SplitMix tested = new SplitMix(seed ^ mix);
            for (int i = 0; i < 10_000; i++) {
                long bound = boundOf.applyAsLong(i);
                long expected = jdk.applyAsLong(oracle, bound);
                long actual = mine.applyAsLong(tested, bound);
                if (actual != expected) {
                    fail("seed %d draw %d bound %d: %d, the JDK drew %d".formatted(seed, i, bound, actual, expected));
                }
                draws++;
            }
        }
        assertThat(draws).isGreaterThan(3_000_000);
    }

    @Test
    void interleaved_draws_and_a_copy_go_on_exactly_as_the_original() {
        SplittableRandom jdk = new SplittableRandom(7);
        SplitMix mine = new SplitMix(7);
        for (int i = 0; i < 100_000; i++) {
            assertThat(i % 3 == 0 ? mine.nextLong(1_000 + i) : mine.nextInt(2 + i % 5))
                    .isEqualTo(i % 3 == 0 ? jdk.nextLong(1_000 + i) : jdk.nextInt(2 + i % 5));
        }
        SplitMix copy = mine.copy();
        for (int i = 0; i < 100_000; i++) {
            int expected = jdk.nextInt(1 + i);
            assertThat(copy.nextInt(1 + i)).isEqualTo(expected);
            assertThat(mine.nextInt(1 + i)).isEqualTo(expected);
        }
    }

    @Test
    void a_bound_that_is_not_positive_is_refused_as_the_jdk_refuses_it() {
        assertThatThrownBy(() -> new SplittableRandom(1).nextInt(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SplitMix(1).nextInt(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SplitMix(1).nextLong(-3)).isInstanceOf(IllegalArgumentException.class);
    }
}
