package dev.threadlab.rooms;

import tools.jackson.databind.JsonNode;

/** Starts a run of a scenario for {@code Run {"scenario": …}} and answers its runId (the runs API owns runs). */
@FunctionalInterface
public interface RunStarter {

    /** Used until the runs API offers one: the teacher's client creates the run and sends its runId. */
    RunStarter UNAVAILABLE = scenario -> {
        throw new BadMessage("This server cannot start runs for rooms yet: create the run with POST /api/runs "
                + "and send Run {\"runId\": …}.");
    };

    /** @throws BadMessage (or IllegalArgumentException) with a readable reason when the scenario cannot run */
    String start(JsonNode scenario);
}
