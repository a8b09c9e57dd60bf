package dev.threadlab.engine.explore;

import dev.threadlab.engine.Outcome;
import dev.threadlab.engine.event.Event.WaitFor;

import java.util.List;
import java.util.Map;

/**
 * One distinct outcome of a scenario over all schedules.
 *
 * @param outcome     completed, deadlock, error, limit
 * @param variables   final ints (as in the run summary)
 * @param errors      {@code thread: Type: message} of each uncaught error
 * @param deadlock    the wait-for cycle, or null
 * @param count       how many schedules end this way (with reduction: counted over the state graph, so every schedule
 *                    is counted even though few were run; saturates at {@code Long.MAX_VALUE})
 * @param witness     a schedule that reaches it with the fewest preemptions, then the fewest choices (replay with
 *                    {@code RunOptions.withExploring(true)})
 * @param preemptions the indices in {@code witness} that are preemptions (a running thread switched out)
 * @param seenWithSimulatedTiming for an exploration with {@code Timing.ANY}: whether the simulated clock's timing also
 *                    reaches this outcome ("happens with ordinary timing") or not ("needs unusual timing"); always
 *                    true for an exploration with {@code Timing.SIMULATED}
 */
public record OutcomeClass(Outcome outcome, Map<String, Long> variables, List<String> errors, List<WaitFor> deadlock,
                           long count, List<Integer> witness, List<Integer> preemptions,
                           boolean seenWithSimulatedTiming) {

    public OutcomeClass {
        witness = List.copyOf(witness);
        preemptions = List.copyOf(preemptions);
    }
}
