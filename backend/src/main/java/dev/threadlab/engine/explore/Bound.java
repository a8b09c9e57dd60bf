package dev.threadlab.engine.explore;

/** What stopped an exploration before it was complete. */
public enum Bound {
    /** {@code maxSchedules} runs were made. */
    SCHEDULES("schedules"),
    /** A schedule reached {@code maxDepth} choices; the rest of it was not explored. */
    DEPTH("depth"),
    /** {@code maxMillis} of wall-clock time passed. */
    TIME("time"),
    /** The caller cancelled it. */
    CANCELLED("cancelled");

    private final String json;

    Bound(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
