package dev.threadlab.explorations;

import dev.threadlab.engine.RunSummary;
import dev.threadlab.engine.sim.Machine;
import dev.threadlab.engine.event.Event.WaitFor;
import dev.threadlab.engine.explore.Exploration;
import dev.threadlab.engine.explore.OutcomeClass;
import dev.threadlab.json.SummaryJson;
import dev.threadlab.engine.Timing;
import dev.threadlab.lessons.Grader;
import dev.threadlab.lessons.Observed;
import dev.threadlab.lessons.Grader.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * An exploration as JSON: outcomes (graded by the scenario's lesson when it has one, forbidden first), how many
 * schedules reach each, each one's witness schedule and its preemption points, whether the search was complete and
 * otherwise which bound stopped it.
 */
public record ExplorationJson(String timing, List<Outcome> outcomes, long schedules, long states, boolean complete,
                              String stoppedBy, long elapsedMs, Bounds bounds) {

    /**
     * One outcome. {@code witness} replays with {@code POST /api/runs {"scenario", "schedule": witness,
     * "exploring": true, "timing": timing}}; {@code preemptions} are indices into it; {@code lostUpdates} and
     * {@code grade} come from replaying the witness. {@code seenWithSimulatedTiming}: the simulated clock's timing
     * reaches it too ("happens with ordinary timing"); false: it needs unusual timing (a thread stalled by the OS).
     */
    public record Outcome(String outcome, Map<String, Long> variables, List<String> errors, List<WaitFor> deadlock,
                          long count, List<Integer> witness, List<Integer> preemptions, List<Mark> preemptionMarks,
                          Map<String, Long> lostUpdates, Verdict grade, boolean seenWithSimulatedTiming) {
    }

    /** Where the witness's preemption happened when replayed: virtual µs and the thread switched out. */
    public record Mark(long atUs, String thread) {
    }

    public record Bounds(int maxSchedules, int maxDepth, long maxMillis) {
    }

    public static ExplorationJson of(ExplorationRequest request, Exploration e, long elapsedMs) {
        List<Outcome> outcomes = new ArrayList<>();
        for (OutcomeClass o : e.outcomes()) {
            Machine machine = new Machine(request.scenario(), request.options().run().withExploring(true)
                    .withTiming(request.options().timing()).withSchedule(o.witness()));
            RunSummary replay = machine.run().summary();
            List<Mark> marks = machine.preemptionMarks().stream().map(m -> m.split(" ", 2))
                    .map(m -> new Mark(Long.parseLong(m[0]), m[1])).toList();
            // under any timing a replay's clock counts steps, not the program's durations: time is not graded
            Observed observed = request.options().timing() == Timing.ANY
                    ? SummaryJson.observed(replay).withoutTime() : SummaryJson.observed(replay);
            Verdict grade = request.lesson().map(l -> Grader.grade(l, observed)).orElse(null);
            outcomes.add(new Outcome(o.outcome().json(), o.variables(), o.errors(), o.deadlock(), o.count(),
                    o.witness(), o.preemptions(), marks, replay.lostUpdates(), grade, o.seenWithSimulatedTiming()));
        }
        // most worrying first, as Lesson.Grade is ordered; with no lesson, as the explorer found them
        outcomes.sort(Comparator.comparingInt(o -> o.grade() == null ? 0 : o.grade().grade().ordinal()));
        var opts = request.options();
        return new ExplorationJson(opts.timing().json(), outcomes, e.schedules(), e.states(), e.complete(),
                e.stoppedBy() == null ? null : e.stoppedBy().json(), elapsedMs,
                new Bounds(opts.maxSchedules(), opts.maxDepth(), opts.maxMillis()));
    }
}
