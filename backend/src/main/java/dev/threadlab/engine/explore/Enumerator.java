package dev.threadlab.engine.explore;

import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.model.Scenario;

/**
 * Exhaustive depth-first enumeration of every schedule of a small scenario, without reduction: the reference the
 * reduced {@link Explorer} is checked against, and the old entry point.
 */
public final class Enumerator {

    private Enumerator() {
    }

    /** Runs up to {@code maxSchedules} distinct schedules and groups them by outcome. */
    public static Exploration enumerate(Scenario scenario, int maxSchedules) {
        return enumerate(scenario, maxSchedules, RunOptions.defaults());
    }

    /** As {@link #enumerate(Scenario, int)}, with the costs and limits of {@code base} (schedule and sink ignored). */
    public static Exploration enumerate(Scenario scenario, int maxSchedules, RunOptions base) {
        return Explorer.explore(scenario, ExploreOptions.defaults().withReduce(false).withMaxSchedules(maxSchedules)
                .withMaxMillis(Long.MAX_VALUE / 2_000_000).withRun(base));
    }
}
