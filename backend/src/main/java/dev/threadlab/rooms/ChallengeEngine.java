package dev.threadlab.rooms;

import dev.threadlab.engine.RunSummary;
import dev.threadlab.engine.explore.Exploration;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/**
 * The engine as the {@link Grader} needs it, taking scenarios as JSON. Implementations throw
 * {@link IllegalArgumentException} with a readable message for a scenario that cannot run.
 */
public interface ChallengeEngine {

    /** One run with the scenario's own seed and policy. */
    RunSummary run(JsonNode scenario);

    /**
     * Every schedule of the scenario, if at most {@code maxSchedules}; empty when the explorer is not available. An
     * exploration that is not {@link Exploration#complete()} means the scenario is too big to enumerate.
     */
    Optional<Exploration> explore(JsonNode scenario, int maxSchedules);

    /** Replays one schedule found by {@link #explore} (an outcome's witness). */
    RunSummary replay(JsonNode scenario, List<Integer> schedule);
}
