package dev.threadlab.engine.sim;

/**
 * Watches an exploring run for the explorer: called at each quiescent point (the top of the event loop) that follows
 * a dispatch which made at least one choice.
 */
@FunctionalInterface
public interface ExplorationProbe {

    /** True to go on; false stops the run here (its future is known from an equal state, or a bound was hit). */
    boolean reached(Machine machine);

    /**
     * A while loop went round for the {@code rounds}-th time since the run's last choice: true to go on, false stops
     * the run (a loop spinning where nothing else can run would never reach another choice).
     */
    default boolean looping(int rounds) {
        return true;
    }
}
