package dev.threadlab.engine;

import java.util.List;
import java.util.Objects;

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
 */
public record RunOptions(List<Integer> schedule, Limits limits, EventSink sink, boolean exploring, Costs costs) {

    public RunOptions {
        schedule = schedule == null ? List.of() : List.copyOf(schedule);
        Objects.requireNonNull(limits, "limits");
        sink = sink == null ? EventSink.NONE : sink;
        Objects.requireNonNull(costs, "costs");
    }

    public static RunOptions defaults() {
        return new RunOptions(List.of(), Limits.defaults(), EventSink.NONE, false, Costs.defaults());
    }

    public RunOptions withSchedule(List<Integer> s) {
        return new RunOptions(s, limits, sink, exploring, costs);
    }

    public RunOptions withSink(EventSink s) {
        return new RunOptions(schedule, limits, s, exploring, costs);
    }

    public RunOptions withLimits(Limits l) {
        return new RunOptions(schedule, l, sink, exploring, costs);
    }

    public RunOptions withExploring(boolean e) {
        return new RunOptions(schedule, limits, sink, e, costs);
    }

    public RunOptions withCosts(Costs c) {
        return new RunOptions(schedule, limits, sink, exploring, c);
    }
}
