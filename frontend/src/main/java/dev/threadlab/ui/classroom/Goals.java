package dev.threadlab.ui.classroom;

import dev.threadlab.rooms.Goal;

/** The goals a teacher poses, as the teacher says them. */
enum Goals {
    NO_LOST_UPDATES("no lost updates under any schedule"),
    NO_DEADLOCK("no deadlock under any schedule"),
    FINISHES_UNDER("finishes in under … (a time)"),
    VARIABLE_EQUALS("an int ends at … (its name and value), under any schedule");

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
}
