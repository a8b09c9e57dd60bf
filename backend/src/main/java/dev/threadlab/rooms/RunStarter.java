package dev.threadlab.rooms;

import tools.jackson.databind.JsonNode;

/** Starts a run of a scenario for {@code Run {"scenario": …}} and answers its runId (the runs API owns runs). */
@FunctionalInterface
public interface RunStarter {

    /** @throws BadMessage (or IllegalArgumentException) with a readable reason when the scenario cannot run */
    String start(JsonNode scenario);
}
