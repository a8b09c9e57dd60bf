package dev.threadlab.engine.explore;

import dev.threadlab.engine.model.Scenario;

/** Exhaustive depth-first enumeration of the schedules of a small scenario (no partial-order reduction yet). */
public final class Enumerator {

    private Enumerator() {
    }

    /** Runs up to {@code maxSchedules} distinct schedules and groups them by outcome. */
    public static Exploration enumerate(Scenario scenario, int maxSchedules) {
        throw new UnsupportedOperationException("not yet: " + scenario.title() + maxSchedules);
    }
}
