package dev.threadlab.runs;

import dev.threadlab.engine.Timing;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.timeline.TimelineRecorder;

import dev.threadlab.lessons.Observed;

import java.util.List;

/**
 * A finished run as the API keeps it: enough to answer every question about it without keeping millions
 * of events. Events beyond {@code kept} are regenerated on demand by resuming the run at the nearest of its
 * {@code checkpoints} (or running {@code scenario} with the same {@code schedule} again, before the first), which
 * the engine's determinism contract makes identical, event for event.
 *
 * @param schedule    the schedule the run was asked to follow (forced choices), empty if none
 * @param summaryJson the serialized run summary
 * @param eventCount  events of the whole run
 * @param observed    what a lesson's grader sees of the run (outcome, time, variables, lost updates, errors)
 * @param kept        the first events, serialized
 * @param timeline    per-lane segments for level-of-detail queries
 * @param exploring   run in exploring mode (every eval breaker a choice), as the explorer's witnesses are
 * @param timing      the timing the explorer's witness was found under (with {@code exploring})
 * @param answers     the last level-of-detail answers, serialized
 * @param checkpoints engine checkpoints along the run: what is regenerated resumes at the nearest one
 */
public record StoredRun(String runId, Scenario scenario, List<Integer> schedule, byte[] summaryJson,
                        long eventCount, Observed observed, EventLog kept, TimelineRecorder timeline,
                        boolean exploring, Timing timing, TimelineAnswers answers, RunCheckpoints checkpoints) {

    public StoredRun {
        schedule = List.copyOf(schedule);
    }

    /** Virtual time the run took. */
    public double elapsedMs() {
        return observed.elapsedMs();
    }

    public long seed() {
        return scenario.runtime().seed();
    }

    public boolean keepsEveryEvent() {
        return kept.count() >= eventCount;
    }

    /** Memory the run holds, for the cache's budget. */
    public long sizeBytes() {
        return 512 + summaryJson.length + kept.sizeBytes() + timeline.approximateBytes()
                + 4L * schedule.size() + TimelineAnswers.maxBytes() + checkpoints.bytes();
    }
}
