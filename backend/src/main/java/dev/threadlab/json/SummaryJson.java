package dev.threadlab.json;

import dev.threadlab.engine.RunError;
import dev.threadlab.engine.RunSummary;
import dev.threadlab.engine.ThreadSummary;
import dev.threadlab.engine.event.Event.WaitFor;
import dev.threadlab.lessons.Grader.Verdict;
import dev.threadlab.lessons.Observed;

import java.util.List;
import java.util.Map;

/**
 * The run summary of docs/DESIGN.md §4, in its field order, plus two additions: {@code grade} (the lesson's
 * verdict when the scenario carries a {@code lesson}, else null) and, per thread, {@code process},
 * {@code readyMs} and {@code cpuMs} from the engine.
 */
public record SummaryJson(String runId, String outcome, double elapsedMs, long eventCount, Map<String, Long> variables,
                          List<ThreadJson> threads, List<RunError> errors, List<WaitFor> deadlock,
                          Map<String, Long> lostUpdates, List<Integer> schedule, Verdict grade) {

    /** One thread's line of the summary; {@code state} by its JSON name. */
    public record ThreadJson(String id, String process, String state, double runningMs, double waitingGilMs,
                             double blockedMs, double ioMs, double sleepingMs, double readyMs, double cpuMs) {

        static ThreadJson of(ThreadSummary t) {
            return new ThreadJson(t.id(), t.process(), t.state().json(), t.runningMs(), t.waitingGilMs(),
                    t.blockedMs(), t.ioMs(), t.sleepingMs(), t.readyMs(), t.cpuMs());
        }
    }

    public static SummaryJson of(String runId, RunSummary s, Verdict grade) {
        return new SummaryJson(runId, s.outcome().json(), s.elapsedMs(), s.eventCount(), s.variables(),
                s.threads().stream().map(ThreadJson::of).toList(), s.errors(), s.deadlock(), s.lostUpdates(),
                s.schedule(), grade);
    }

    /** The facts a lesson grades on. */
    public static Observed observed(RunSummary s) {
        return new Observed(s.outcome().json(), s.elapsedMs(), s.variables(), s.lostUpdates(),
                s.errors().stream().map(RunError::type).toList());
    }
}
