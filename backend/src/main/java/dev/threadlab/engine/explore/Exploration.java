package dev.threadlab.engine.explore;

import java.util.List;

/**
 * What {@link Enumerator#enumerate} found.
 *
 * @param outcomes  distinct outcomes, in the order first reached
 * @param schedules how many schedules were run
 * @param complete  true if every schedule was run (the outcome set is exact), false if {@code maxSchedules} stopped it
 */
public record Exploration(List<OutcomeClass> outcomes, int schedules, boolean complete) {

    public Exploration {
        outcomes = List.copyOf(outcomes);
    }
}
