package dev.threadlab.engine.explore;

/** Watches a long exploration: progress reports, and a way to cancel it. Called on the exploring thread. */
public interface ExploreMonitor {

    ExploreMonitor NONE = new ExploreMonitor() {
    };

    /** About every 100 ms of wall-clock time, and once at the end. */
    default void progress(Progress p) {
    }

    /** Polled between runs; true stops the search with {@link Bound#CANCELLED}. */
    default boolean cancelled() {
        return false;
    }

    /**
     * @param schedules runs made so far
     * @param states    distinct states seen (0 without reduction)
     * @param outcomes  distinct outcomes found so far
     * @param elapsedMs wall-clock time since the start
     */
    record Progress(long schedules, long states, int outcomes, long elapsedMs) {
    }
}
