package dev.threadlab.json;

import dev.threadlab.api.ProblemException;
import tools.jackson.databind.JsonNode;

import java.util.List;

/** Reads a scenario JSON tree into the engine's model. (Placeholder until the engine model lands.) */
public final class ScenarioParser {

    public Object parse(JsonNode tree) {
        JsonNode schema = tree.get("schema");
        if (schema == null || !schema.isIntegralNumber() || schema.asInt() != 1) {
            throw new ProblemException(422, "Invalid scenario", "The scenario has 1 problem.",
                    List.of(new ProblemException.FieldError("schema", "must be 1")));
        }
        return tree;
    }
}
