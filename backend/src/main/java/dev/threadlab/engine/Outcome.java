package dev.threadlab.engine;

/** How a run ended (docs/DESIGN.md §4). */
public enum Outcome {
    /** Every process ended. */
    COMPLETED("completed"),
    /** Some thread can never run again and nothing is pending. */
    DEADLOCK("deadlock"),
    /** Every process ended, but some thread died of an uncaught exception. */
    ERROR("error"),
    /** A limit of {@link Limits} was reached; the summary describes the run up to there. */
    LIMIT("limit");

    private final String json;

    Outcome(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
