package dev.threadlab.engine;

/**
 * The limits of docs/DESIGN.md §5 that concern the engine. Validation refuses scenarios over the structural limits; a run
 * that exceeds a run-time limit ends with outcome {@link Outcome#LIMIT}.
 *
 * @param maxThreads          threads after {@code count} expansion (implicit main threads included)
 * @param maxProcesses        child processes
 * @param maxVirtualSeconds   virtual time of one run
 * @param maxStateChanges     events of one run
 */
public record Limits(int maxThreads, int maxProcesses, double maxVirtualSeconds, long maxStateChanges) {

    public static Limits defaults() {
        return new Limits(256, 16, 1_000_000, 50_000_000);
    }

    public Limits withMaxStateChanges(long n) {
        return new Limits(maxThreads, maxProcesses, maxVirtualSeconds, n);
    }

    public Limits withMaxVirtualSeconds(double s) {
        return new Limits(maxThreads, maxProcesses, s, maxStateChanges);
    }
}
