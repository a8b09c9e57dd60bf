package dev.threadlab.engine;

import java.util.List;

/**
 * The result of one run.
 *
 * @param summary    docs/DESIGN.md §4 run summary
 * @param stdout     the lines printed, in order
 * @param candidates for each entry of {@code summary.schedule()}, how many candidates that choice point had, so an
 *                   explorer can enumerate the alternatives (index {@code 0 … candidates-1})
 */
public record RunResult(RunSummary summary, List<String> stdout, List<Integer> candidates) {

    public RunResult {
        stdout = List.copyOf(stdout);
    }
}
