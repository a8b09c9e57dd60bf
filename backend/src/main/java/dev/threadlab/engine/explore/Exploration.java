package dev.threadlab.engine.explore;

import java.util.List;

/**
 * What an exploration found.
 *
 * @param outcomes  distinct outcomes, forbidden-or-not is for the caller to grade; in the order first reached
 * @param schedules how many runs were made (with reduction, many are prefixes cut where the future was known)
 * @param states    distinct states seen by the stateful search (0 without reduction)
 * @param complete  true if nothing was left unexplored: the outcome set is exact
 * @param stoppedBy the bound that stopped it, or null when complete
 */
public record Exploration(List<OutcomeClass> outcomes, long schedules, long states, boolean complete,
                          Bound stoppedBy) {

    public Exploration {
        outcomes = List.copyOf(outcomes);
    }

    /**
     * This exploration (of every timing) with each outcome marked by whether {@code simulated} (an exploration of the
     * simulated clock's timing only) reached it too. An outcome the simulated search missed because a bound stopped it
     * counts as not seen.
     */
    Exploration markSeenIn(Exploration simulated) {
        List<OutcomeClass> marked = outcomes.stream().map(o -> new OutcomeClass(o.outcome(), o.variables(), o.errors(),
                o.deadlock(), o.count(), o.witness(), o.preemptions(),
                simulated.outcomes.stream().anyMatch(s -> OutcomeTable.same(o, s)))).toList();
        return new Exploration(marked, schedules, states, complete, stoppedBy);
    }
}
