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
}
