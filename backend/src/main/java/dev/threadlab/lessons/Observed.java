package dev.threadlab.lessons;

import java.util.List;
import java.util.Map;

/**
 * The facts of a finished run that lessons grade on, taken from its summary.
 *
 * @param outcome     {@code completed}, {@code deadlock}, {@code error} or {@code limit}
 * @param elapsedMs   virtual time the run took; NaN when it says nothing of the program (a replay under any
 *                    timing, where durations order nothing): a lesson's time conditions are then not judged
 * @param variables   final values of the main process's ints (children's as {@code process/id})
 * @param lostUpdates lost updates per int
 * @param errorTypes  exception type of every thread that ended with an error
 */
public record Observed(String outcome, double elapsedMs, Map<String, Long> variables,
                       Map<String, Long> lostUpdates, List<String> errorTypes) {

    public Observed {
        variables = Map.copyOf(variables);
        lostUpdates = Map.copyOf(lostUpdates);
        errorTypes = List.copyOf(errorTypes);
    }

    /** The same facts with the time unknown (a replay under any timing). */
    public Observed withoutTime() {
        return new Observed(outcome, Double.NaN, variables, lostUpdates, errorTypes);
    }

    public long totalLostUpdates() {
        return lostUpdates.values().stream().mapToLong(Long::longValue).sum();
    }
}
