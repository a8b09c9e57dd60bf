package dev.threadlab.engine.explore;

import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.Timing;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Bounds and switches of an exploration.
 *
 * @param maxSchedules runs to make at most (each a schedule, or a prefix of one cut where its future was known)
 * @param maxDepth     choices per schedule at most; deeper schedules are cut and the bound reported
 * @param maxMillis    wall-clock time at most
 * @param reduce       stateful search (merge equal states) instead of plain enumeration of every schedule
 * @param run          costs and limits of each run (its schedule, sink and exploring flag are ignored)
 * @param timing       {@link Timing#ANY} (the default): every execution CPython permits, durations ordering nothing;
 *                     {@link Timing#SIMULATED}: only the ties the simulated clock leaves open
 * @param clock        nanosecond clock for {@code maxMillis} and progress; the only non-deterministic input, and it
 *                     only decides where a bounded search stops
 */
public record ExploreOptions(int maxSchedules, int maxDepth, long maxMillis, boolean reduce, RunOptions run,
                             Timing timing, LongSupplier clock) {

    /** Runs; any timing needs about a million for the five philosophers of a lesson (the time bound comes first). */
    public static final int DEFAULT_MAX_SCHEDULES = 2_000_000;
    public static final int DEFAULT_MAX_DEPTH = 10_000;
    public static final long DEFAULT_MAX_MILLIS = 10_000;

    public ExploreOptions {
        if (maxSchedules < 1 || maxDepth < 1 || maxMillis < 1) {
            throw new IllegalArgumentException("bounds must be positive");
        }
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(clock, "clock");
    }

    public static ExploreOptions defaults() {
        return new ExploreOptions(DEFAULT_MAX_SCHEDULES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_MILLIS, true,
                RunOptions.defaults(), Timing.ANY, System::nanoTime);
    }

    public ExploreOptions withMaxSchedules(int n) {
        return new ExploreOptions(n, maxDepth, maxMillis, reduce, run, timing, clock);
    }

    public ExploreOptions withMaxDepth(int n) {
        return new ExploreOptions(maxSchedules, n, maxMillis, reduce, run, timing, clock);
    }

    public ExploreOptions withMaxMillis(long ms) {
        return new ExploreOptions(maxSchedules, maxDepth, ms, reduce, run, timing, clock);
    }

    public ExploreOptions withReduce(boolean r) {
        return new ExploreOptions(maxSchedules, maxDepth, maxMillis, r, run, timing, clock);
    }

    public ExploreOptions withRun(RunOptions r) {
        return new ExploreOptions(maxSchedules, maxDepth, maxMillis, reduce, r, timing, clock);
    }

    public ExploreOptions withTiming(Timing t) {
        return new ExploreOptions(maxSchedules, maxDepth, maxMillis, reduce, run, t, clock);
    }

    public ExploreOptions withClock(LongSupplier c) {
        return new ExploreOptions(maxSchedules, maxDepth, maxMillis, reduce, run, timing, c);
    }
}
