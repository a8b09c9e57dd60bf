package dev.threadlab.engine.explore;

import dev.threadlab.engine.InvalidScenarioException;
import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.RunResult;
import dev.threadlab.engine.Timing;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.sim.Blueprint;
import dev.threadlab.engine.sim.Machine;
import dev.threadlab.engine.validate.Problem;
import dev.threadlab.engine.validate.Validator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Systematic exploration of the schedules of a scenario in exploring mode (docs/DESIGN.md §3: every eval breaker where
 * another thread could go is a choice).
 *
 * <p>The search is a depth-first enumeration of schedule prefixes. With {@link ExploreOptions#reduce()} it is
 * <em>stateful</em>, as SPIN's: at every quiescent point after a choice the run's full state vector
 * ({@code sim.StateVectors}) is looked up; a run that reaches, past its forced prefix, a state seen before is cut
 * there, because that state's future — every schedule from it — is explored from its first visit. This never loses
 * an outcome: outcomes are properties of terminal states, and a stateful depth-first search visits every reachable
 * state (equal vectors have equal futures for equal choices; the vector leaves out only what no outcome depends on).
 * The recorded state graph then gives each outcome's witness with the fewest preemptions and the exact number of
 * schedules per outcome. Each new state's machine is kept as a snapshot while it is on the search path, so the next
 * prefix resumes from the deepest snapshot before its changed choice instead of replaying the run from the start (as
 * SPIN's depth-first search keeps its stack of states: {@link SearchStack}). Without reduction every schedule is run
 * from the start ({@link Enumerator}).
 */
public final class Explorer {

    private static final long PROGRESS_EVERY_NS = 100_000_000L;

    private final Scenario scenario;
    private final ExploreOptions options;
    private final ExploreMonitor monitor;
    private final OutcomeTable table = new OutcomeTable();
    private final StateGraph graph = new StateGraph();
    private final Blueprint blueprint;
    private final long start;
    private long lastProgress;
    private final SearchStack stack = new SearchStack();
    /** The previous run's choices and their candidate counts. */
    private int[] lastChoices;
    private int[] lastCounts;
    private long runs;
    private Bound stoppedBy;

    // Unreduced mode (and any timing's exact witnesses): per outcome, the count and best witness so far.
    private final List<long[]> counts = new ArrayList<>();
    private final List<int[]> bestChoices = new ArrayList<>();
    private final List<boolean[]> bestPreemptive = new ArrayList<>();

    private Explorer(Scenario scenario, ExploreOptions options, ExploreMonitor monitor) {
        this.scenario = scenario;
        this.blueprint = Blueprint.of(scenario);
        this.options = options;
        this.monitor = monitor;
        this.start = options.clock().getAsLong();
        this.lastProgress = start;
    }

    /**
     * Explores {@code scenario} within the bounds of {@code options}.
     *
     * @throws InvalidScenarioException if the scenario is invalid
     */
    public static Exploration explore(Scenario scenario, ExploreOptions options, ExploreMonitor monitor) {
        List<Problem> problems = Validator.validate(scenario, options.run().limits());
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        if (options.timing() == Timing.SIMULATED) {
            return new Explorer(scenario, options, monitor).search();
        }
        // Which outcomes the simulated clock reaches too: a second, independent search, on a second core meanwhile.
        ExploreMonitor quiet = new ExploreMonitor() {
            @Override
            public boolean cancelled() {
                return monitor.cancelled();
            }
        };
        Exploration[] simulated = new Exploration[1];
        Thread second = Thread.ofPlatform().daemon().name("explore-simulated").start(() ->
                simulated[0] = new Explorer(scenario, options.withTiming(Timing.SIMULATED), quiet).search());
        Exploration any = new Explorer(scenario, options, monitor).search();
        try {
            second.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while exploring", e);
        }
        return any.markSeenIn(simulated[0]);
    }

    public static Exploration explore(Scenario scenario, ExploreOptions options) {
        return explore(scenario, options, ExploreMonitor.NONE);
    }

    private Exploration search() {
        RunOptions base = options.run().withExploring(true).withTiming(options.timing()).withSink(null);
        int[] prefix = new int[0];
        while (prefix != null && !stopRequested()) {
            prefix = runPrefix(base, prefix);
            progress(false);
        }
        progress(true);
        return result();
    }

    /**
     * Runs a schedule that starts with {@code prefix} (resumed from a checkpoint's machine when the search has one)
     * and records its outcome; returns the next prefix in depth-first order, null if none is left.
     */
    private int[] runPrefix(RunOptions base, int[] prefix) {
        int from = options.reduce() ? stack.resumePoint(prefix.length - 1) : -1;
        Machine m;
        SearchRun run = new SearchRun(options, graph, stack, prefix.length);
        RunResult r;
        if (from < 0) {
            m = new Machine(scenario, base.withSchedule(Arrays.stream(prefix).boxed().toList()), blueprint);
            r = m.explore(run);
        } else {
            m = stack.resumed(from, prefix, lastChoices, lastCounts);
            run.resumeAt(from);
            r = m.resume(run);
        }
        if (run.depthReached() && stoppedBy == null) {
            stoppedBy = Bound.DEPTH;
        }
        runs++;
        int[] choices = m.choices();
        if (r != null) {
            record(table.id(r.summary()), run, m, choices);
        }
        lastChoices = choices;
        lastCounts = m.candidateCounts();
        return next(choices, lastCounts);
    }

    /** A run that reached its end ended in {@code outcome}: an edge to it in the state graph, or a tally. */
    private void record(int outcome, SearchRun run, Machine m, int[] choices) {
        if (options.reduce()) {
            graph.edge(run.node, -1 - outcome, m.choiceRecord(), run.segmentStart, choices.length);
            if (options.timing() == Timing.ANY) {
                tally(outcome, choices, m.preemptionPoints());   // exact, where the graph's is a bound
            }
        } else {
            tally(outcome, choices, m.preemptionPoints());
        }
    }

    private boolean stopRequested() {
        if (stoppedBy != null) {
            return true;
        }
        if (monitor.cancelled()) {
            stoppedBy = Bound.CANCELLED;
        } else if (runs >= options.maxSchedules()) {
            stoppedBy = Bound.SCHEDULES;
        } else if (elapsedMs() >= options.maxMillis()) {
            stoppedBy = Bound.TIME;
        }
        return stoppedBy != null;
    }

    /** The next prefix in depth-first order: the deepest choice with an untried alternative, incremented. */
    static int[] next(int[] choices, int[] candidates) {
        for (int i = choices.length - 1; i >= 0; i--) {
            if (choices[i] + 1 < candidates[i]) {
                int[] p = Arrays.copyOf(choices, i + 1);
                p[i]++;
                return p;
            }
        }
        return null;
    }

    private void tally(int outcome, int[] choices, boolean[] preemptive) {
        if (outcome == counts.size()) {
            counts.add(new long[] {0});
            bestChoices.add(choices);
            bestPreemptive.add(preemptive);
        }
        counts.get(outcome)[0]++;
        int[] old = bestChoices.get(outcome);
        long oldWeight = weight(old, bestPreemptive.get(outcome));
        if (weight(choices, preemptive) < oldWeight) {
            bestChoices.set(outcome, choices);
            bestPreemptive.set(outcome, preemptive);
        }
    }

    private static long weight(int[] choices, boolean[] preemptive) {
        return ((long) OutcomeTable.preemptions(choices, preemptive).size() << 32) + choices.length;
    }

    private Exploration result() {
        int n = table.size();
        List<OutcomeClass> outcomes = new ArrayList<>();
        if (options.reduce()) {
            Object[][] witnesses = graph.witnesses(n);
            long[] paths = graph.pathCounts(n);
            for (int o = 0; o < n; o++) {
                int[] c = (int[]) witnesses[o][0];
                boolean[] p = (boolean[]) witnesses[o][1];
                if (options.timing() == Timing.ANY) {
                    p = replayedPreemptions(c);
                    if (o < bestChoices.size()
                            && weight(bestChoices.get(o), bestPreemptive.get(o)) < weight(c, p)) {
                        c = bestChoices.get(o);
                        p = bestPreemptive.get(o);
                    }
                }
                outcomes.add(table.outcome(o, paths == null ? 1 : paths[o], boxed(c),
                        OutcomeTable.preemptions(c, p)));
            }
        } else {
            for (int o = 0; o < n; o++) {
                int[] c = bestChoices.get(o);
                outcomes.add(table.outcome(o, counts.get(o)[0], boxed(c),
                        OutcomeTable.preemptions(c, bestPreemptive.get(o))));
            }
        }
        return new Exploration(outcomes, runs, graph.states(), stoppedBy == null, stoppedBy);
    }

    /**
     * Any timing: which choices of witness {@code c} are preemptions, from a replay. Whether a choice preempts depends
     * on which thread ran last, which the state vector leaves out (it would multiply the states), so the graph's
     * count is a bound and the replay's is exact.
     */
    private boolean[] replayedPreemptions(int[] c) {
        Machine m = new Machine(scenario, options.run().withExploring(true).withTiming(Timing.ANY).withSink(null)
                .withSchedule(boxed(c)), blueprint);
        m.run();
        return m.preemptionPoints();
    }

    private static List<Integer> boxed(int[] c) {
        return Arrays.stream(c).boxed().toList();
    }

    private long elapsedMs() {
        return (options.clock().getAsLong() - start) / 1_000_000;
    }

    private void progress(boolean last) {
        long now = options.clock().getAsLong();
        if (last || now - lastProgress >= PROGRESS_EVERY_NS) {
            lastProgress = now;
            monitor.progress(new ExploreMonitor.Progress(runs, graph.states(), table.size(), elapsedMs()));
        }
    }
}
