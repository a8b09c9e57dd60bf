package dev.threadlab.ui.classroom;

import dev.threadlab.rooms.Goal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The goals a teacher poses, as the teacher says them, and how a posed challenge reads to a person. */
enum Goals {
    NO_LOST_UPDATES("no lost updates under any schedule"),
    NO_DEADLOCK("no deadlock under any schedule"),
    FINISHES_UNDER("finishes in under … (a time)"),
    VARIABLE_EQUALS("an int ends at … (its name and value), under any schedule");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String label;

    Goals(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The goal record, with the teacher's parameters where it has some. */
    Goal goal(double ms, String variable, long value) {
        return switch (this) {
            case NO_LOST_UPDATES -> new Goal.NoLostUpdates();
            case NO_DEADLOCK -> new Goal.NoDeadlock();
            case FINISHES_UNDER -> new Goal.FinishesUnderMs(ms);
            case VARIABLE_EQUALS -> new Goal.VariableEquals(variable, value);
        };
    }

    /** A goal as the room protocol writes it: {@code {"kind", …}} (ROOMS.md). */
    static ObjectNode json(Goal goal) {
        ObjectNode node = JSON.createObjectNode();
        node.put("kind", goal.kind());
        switch (goal) {
            case Goal.NoLostUpdates _, Goal.NoDeadlock _ -> { }
            case Goal.FinishesUnderMs g -> node.put("ms", g.ms());
            case Goal.VariableEquals g -> node.put("name", g.name()).put("value", g.value());
        }
        return node;
    }

    /** A posed challenge's goal in words (the room sends them as {@code goalWords}). */
    static String describe(JsonNode challenge) {
        return challenge.path("goalWords").asString(challenge.path("goal").path("kind").asString(""));
    }
}
