package dev.threadlab.ui.classroom;

import tools.jackson.databind.JsonNode;

/** How a challenge's goal reads to a person. */
final class Goals {

    private Goals() {
    }

    static String describe(JsonNode goal) {
        return switch (goal.path("kind").asString("")) {
            case "noLostUpdates" -> "No lost updates, under any schedule";
            case "noDeadlock" -> "No deadlock, under any schedule";
            case "finishesUnderMs" -> "Finishes in under " + goal.path("ms").asString("?") + " ms of virtual time";
            case "variableEquals" -> "The final " + goal.path("name").asString("?") + " equals " + goal.path("value").asString("?");
            default -> goal.toString();
        };
    }
}
