package dev.threadlab.engine;

import dev.threadlab.engine.event.Event.WaitFor;

import java.util.List;
import java.util.Map;

/**
 * The run summary of docs/DESIGN.md §4 (without {@code runId}, which the API assigns).
 *
 * @param variables   final ints of the main process by id, then those of child processes as {@code process/id}
 * @param deadlock    the wait-for cycle (or chain, when nobody holds what is waited for), null unless DEADLOCK
 * @param lostUpdates per int with at least one lost update
 * @param schedule    the index chosen at each choice point (see {@link RunResult#candidates()})
 */
public record RunSummary(Outcome outcome, double elapsedMs, long eventCount, Map<String, Long> variables,
                         List<ThreadSummary> threads, List<RunError> errors, List<WaitFor> deadlock,
                         Map<String, Long> lostUpdates, List<Integer> schedule) {

    public RunSummary {
        variables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variables));
        lostUpdates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(lostUpdates));
        threads = List.copyOf(threads);
        errors = List.copyOf(errors);
        deadlock = deadlock == null ? null : List.copyOf(deadlock);
    }
}
