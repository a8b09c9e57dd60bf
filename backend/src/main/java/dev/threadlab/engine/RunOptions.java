package dev.threadlab.engine;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to run a scenario.
 *
 * @param schedule  choices to force, in order (an index into each choice point's candidates); when they run out the
 *                  policy decides (in exploring mode: index 0). Null or empty: nothing forced
 * @param limits    run-time limits
 * @param sink      receives every event
 * @param exploring also make every eval-breaker point where another thread could go a preemption choice
 *                  (0 = continue, 1 = switch), and pick index 0 when the forced schedule runs out
 * @param costs     operation costs
 * @param timing    with {@code exploring}: {@link Timing#ANY} also lets the schedule decide the order of everything
 *                  that takes time (durations order nothing), {@link Timing#SIMULATED} only breaks ties of the clock
 * @param partialOrder with {@link Timing#ANY}: offer only a persistent set of the threads that could go next
 *                  (partial-order reduction: the same outcomes from fewer schedules); a schedule replays only with
 *                  the setting it was made with. On by default; off only to check the reduction
 * @param checkpoints hand out a {@link Checkpoint} every so many events; null for none (the default)
 */
public record RunOptions(List<Integer> schedule, Limits limits, EventSink sink, boolean exploring, Costs costs,
                         Timing timing, boolean partialOrder, Checkpoints checkpoints) {

    /**
     * Checkpoints of a run: at the first quiescent point (between two dispatches) at or after every {@code everyEvents}
     * events, {@code consumer} receives a {@link Checkpoint} that {@link Simulator#resume} continues from, producing
     * the same events as this run from there on. Taken on the simulating thread.
     */
    public record Checkpoints(long everyEvents, Consumer<Checkpoint> consumer) {

        public Checkpoints {
            if (everyEvents < 1) {
                throw new IllegalArgumentException("everyEvents must be at least 1, not " + everyEvents);
            }
            Objects.requireNonNull(consumer, "consumer");
        }
    }

    public RunOptions {
        schedule = schedule == null ? List.of() : List.copyOf(schedule);
        Objects.requireNonNull(limits, "limits");
        sink = sink == null ? EventSink.NONE : sink;
        Objects.requireNonNull(costs, "costs");
        timing = timing == null ? Timing.SIMULATED : timing;
    }

    public static RunOptions defaults() {
        return new RunOptions(List.of(), Limits.defaults(), EventSink.NONE, false, Costs.defaults(), Timing.SIMULATED,
                true, null);
    }

    public RunOptions withSchedule(List<Integer> s) {
        return new RunOptions(s, limits, sink, exploring, costs, timing, partialOrder, checkpoints);
    }

    public RunOptions withSink(EventSink s) {
        return new RunOptions(schedule, limits, s, exploring, costs, timing, partialOrder, checkpoints);
    }

    public RunOptions withLimits(Limits l) {
        return new RunOptions(schedule, l, sink, exploring, costs, timing, partialOrder, checkpoints);
    }

    public RunOptions withExploring(boolean e) {
        return new RunOptions(schedule, limits, sink, e, costs, timing, partialOrder, checkpoints);
    }

    public RunOptions withCosts(Costs c) {
        return new RunOptions(schedule, limits, sink, exploring, c, timing, partialOrder, checkpoints);
    }

    public RunOptions withTiming(Timing t) {
        return new RunOptions(schedule, limits, sink, exploring, costs, t, partialOrder, checkpoints);
    }

    public RunOptions withPartialOrder(boolean p) {
        return new RunOptions(schedule, limits, sink, exploring, costs, timing, p, checkpoints);
    }

    /** Hands a {@link Checkpoint} to {@code consumer} every {@code everyEvents} events (see {@link Checkpoints}). */
    public RunOptions withCheckpoints(long everyEvents, Consumer<Checkpoint> consumer) {
        return new RunOptions(schedule, limits, sink, exploring, costs, timing, partialOrder,
                new Checkpoints(everyEvents, consumer));
    }

    /** Exploring with {@link Timing#ANY}: durations order nothing. */
    public boolean anyTiming() {
        return exploring && timing == Timing.ANY;
    }
}
