package dev.threadlab.rooms;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link Challenge} as JSON: {@code {"id", "scenario", "goal": {"kind", …}, "goalWords", "posedAt"}}; {@code goalWords}
 * is the goal as a sentence ({@link Goal#words()}), for clients to show.
 */
final class ChallengeJson {

    private final JsonMapper mapper;

    ChallengeJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    JsonNode write(Challenge c) {
        if (c == null) {
            return null;
        }
        ObjectNode node = mapper.createObjectNode();
        node.put("id", c.id());
        node.set("scenario", c.scenario());
        node.set("goal", GoalJson.write(c.goal()));
        node.put("goalWords", c.goal().words());
        node.put("posedAt", c.posedAt());
        return node;
    }

    Challenge read(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return new Challenge(node.get("id").asString(), node.get("scenario"), GoalJson.read(node.get("goal")),
                node.get("posedAt").asLong());
    }
}
