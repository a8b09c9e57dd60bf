package dev.threadlab.engine.explore;

import dev.threadlab.engine.Outcome;
import dev.threadlab.engine.event.Event.WaitFor;

import java.util.List;
import java.util.Map;

/**
 * One distinct outcome of a scenario over all schedules.
 *
 * @param outcome   completed, deadlock, error, limit
 * @param variables final ints (as in the run summary)
 * @param errors    {@code thread: Type: message} of each uncaught error
 * @param deadlock  the wait-for cycle, or null
 * @param count     how many explored schedules ended this way
 * @param witness   a schedule that reaches it (replay with {@code RunOptions.exploring(true)})
 */
public record OutcomeClass(Outcome outcome, Map<String, Long> variables, List<String> errors, List<WaitFor> deadlock,
                           int count, List<Integer> witness) {
}
