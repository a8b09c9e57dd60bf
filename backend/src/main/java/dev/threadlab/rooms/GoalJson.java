package dev.threadlab.rooms;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@link Goal} to and from JSON: {@code {"kind": …, …}}. */
final class GoalJson {

    private GoalJson() {
    }

    static Goal read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new BadMessage("\"goal\" must be an object with a \"kind\".");
        }
        String kind = CommandReader.text(node, "kind");
        try {
            return switch (kind) {
                case "noLostUpdates" -> new Goal.NoLostUpdates();
                case "noDeadlock" -> new Goal.NoDeadlock();
                case "finishesUnderMs" -> new Goal.FinishesUnderMs(number(node, "ms").doubleValue());
                case "variableEquals" -> new Goal.VariableEquals(CommandReader.text(node, "name"),
                        number(node, "value").longValue());
                default -> throw new BadMessage("Unknown goal kind \"" + kind
                        + "\"; one of noLostUpdates, noDeadlock, finishesUnderMs, variableEquals.");
            };
        } catch (BadMessage e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new BadMessage("goal: " + e.getMessage());
        }
    }

    private static Number number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new BadMessage("goal." + field + " must be a number.");
        }
        return value.numberValue();
    }

    static ObjectNode write(Goal goal) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("kind", goal.kind());
        switch (goal) {
            case Goal.NoLostUpdates _ -> { }
            case Goal.NoDeadlock _ -> { }
            case Goal.FinishesUnderMs g -> node.put("ms", g.ms());
            case Goal.VariableEquals g -> node.put("name", g.name()).put("value", g.value());
        }
        return node;
    }
}
