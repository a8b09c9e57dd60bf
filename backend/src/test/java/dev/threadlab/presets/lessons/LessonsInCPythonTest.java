package dev.threadlab.presets.lessons;

import dev.threadlab.engine.Costs;
import dev.threadlab.engine.Outcome;
import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.RunSummary;
import dev.threadlab.engine.Simulator;
import dev.threadlab.engine.Timing;
import dev.threadlab.engine.event.Event.WaitFor;
import dev.threadlab.engine.explore.ExploreOptions;
import dev.threadlab.engine.explore.Exploration;
import dev.threadlab.engine.explore.Explorer;
import dev.threadlab.engine.explore.OutcomeClass;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.export.PythonExporter;
import dev.threadlab.reality.ScriptReport;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Proof against CPython (issue 13): every lesson's exported script runs in the machine's real {@code python3}, scaled
 * down to about {@value #TARGET_MS} ms, and must end the way the lab says it ends:
 * <ol>
 * <li>the same outcome kind (a deadlock lesson deadlocks, found by the script's watchdog, with the lab's waits among
 * CPython's; an error lesson raises the same CPython error types in the same threads);</li>
 * <li>the same final ints where the lab says they do not depend on timing; where they do, ints the lab can reach with
 * some timing (see {@link #possible});</li>
 * <li>for the lessons about speed (GIL, convoy, processes, pools), the elapsed time over the lesson's serial baseline
 * within ±20 % of the lab's ratio ({@link #BASELINES}).</li>
 * </ol>
 * Both sides have the same cores: the lab is simulated, and the script exported, with {@code runtime.cores} =
 * min(the lesson's, this machine's). Where CPython genuinely differs from the lab the row is in
 * {@link #KNOWN_DIFFERENCES}, with the reason and the difference that must be observed instead. The table of every
 * run is written to {@code backend/target/lessons-in-cpython.md} (docs/LESSONS.md, "Checked against CPython", keeps
 * a measured copy).
 * <p>
 * CPython runs in real time on a machine other programs may share. Every run notes the cores other programs kept
 * busy meanwhile ({@link Python#run}). A ratio is judged only when the fastest runs of the lesson and its baseline
 * had the cores the lab's runs use ({@link Row#hadItsCores}), and an ending the lab says depends on timing only in
 * runs where others kept less than {@value #BUSY_CORES} cores busy; otherwise the row says "not timed" or "not
 * judged" instead of passing or failing. A quiet machine (CI) judges every row.
 * <p>
 * Without {@code python3} on the PATH the test is skipped, unless {@code LAB_REQUIRE_PYTHON} is set, as
 * {@code ./lab test} (and so CI) sets it after installing Debian's python3.
 */
class LessonsInCPythonTest {

    /** Real milliseconds a scaled run should take at most: scale = min(1, this / the lab's elapsed). */
    static final double TARGET_MS = 1500;
    /** How far CPython's elapsed ratio may be from the lab's, relatively. */
    private static final double TOLERANCE = 0.20;
    /** Runs of each timed lesson (and its baseline), taken in rounds; the fastest counts. */
    private static final int TIMED_RUNS = 2;
    /**
     * Rounds more for a group where a ratio missed (the baseline and the lessons that missed), and runs more of a
     * lesson whose ending differed while the machine was busy: the machine is shared, and a parallel speed-up needs
     * the cores to be free (a ratio or an ending the lab gets wrong misses in every round).
     */
    private static final int EXTRA_ROUNDS = 3;
    /**
     * Cores other programs may keep busy during a run before a different ending, in a lesson whose ending the lab
     * says depends on timing, says more about the machine than about the lab (a thread started 10 ms late on a
     * machine running a browser test misses the deadlock the lesson sets up). The table says so on the row.
     */
    private static final double BUSY_CORES = 0.5;
    private static final int RUN_TIMEOUT_SECONDS = 30;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /**
     * Lessons about speed and the serial baseline each is timed against: the same work done one thing after
     * another (four 1 s CPU tasks, ten 0.2 s calls, 10,000 items) or, for the convoy and the start costs, the
     * lesson the notes compare it with. A lesson and its baseline run at the same scale (the smaller of their
     * scales), so the overheads that do not scale (a thread start, a fork, a wake-up) weigh the same in both.
     */
    static final Map<String, String> BASELINES = new LinkedHashMap<>();

    static {
        for (String cpu : List.of("gil-cpu-2-threads", "gil-cpu-4-threads", "gil-cpu-processes", "free-threaded-cpu",
                "faq-threads-many-cpus", "faq-processes-vs-threads", "pool-size-cpu")) {
            BASELINES.put(cpu, "gil-cpu-serial");
        }
        for (String io : List.of("gil-io-threads", "gil-io-pool-5", "pool-size-io", "faq-which-programs-gain")) {
            BASELINES.put(io, "gil-io-serial");
        }
        BASELINES.put("items-threads-gil", "items-serial");
        BASELINES.put("items-processes", "items-serial");
        BASELINES.put("convoy-effect", "convoy-effect-short-interval");
        BASELINES.put("start-cost-processes", "start-cost-threads");
    }

    private static final String ITEMS_SCALE = "a scale where overheads dominate: at 0.00013 a read is a 13 µs sleep "
            + "and a compute 130 µs, but every one of the 10,000 items also pays tens of µs that do not scale (a "
            + "sleep's wake-up";

    /**
     * Where real CPython differs from the lab: why, which aspect of the comparison it excuses, and the difference that
     * must be what CPython did for the excuse to apply. A row whose known difference does not show up is compared
     * like any other (and is "same" if it matches); a row that differs in another way, or in the same aspect but not
     * as described, fails.
     */
    static final Map<String, KnownDifference> KNOWN_DIFFERENCES = Map.of(
            "increment-free-threaded", new KnownDifference(Aspect.INTS,
                    "the lab simulates CPython 3.13t without a GIL, where unlocked += loses updates (with every seed); "
                    + "this python3 has the GIL, and under it no update is lost, as in increment-gil",
                    row -> row.cpython.gil() && row.cpython.lostUpdates().isEmpty()
                           && row.cpython.variables().equals(Map.of("a", 4000L, "b", 4000L))
                           && !row.lab.lostUpdates().isEmpty()),
            "free-threaded-cpu", new KnownDifference(Aspect.RATIO,
                    "the lab simulates CPython 3.13t, where 4 CPU-bound threads share the cores; this python3 has the "
                    + "GIL, so they take as long as one thread: CPython's ratio is the GIL lessons' (gil-cpu-4-threads "
                    + "in the lab, ±20 %)",
                    row -> row.cpython.gil() && within(row.cpythonRatio, row.others.get("gil-cpu-4-threads").labRatio)),
            "items-processes", new KnownDifference(Aspect.RATIO, ITEMS_SCALE
                    + " (pickling, the multiprocessing.Queue's feeder thread, pipe and lock): the reader, not the "
                    + "computing, sets the pace, and CPython's ratio is above the lab's",
                    row -> row.cpythonRatio > row.labRatio * (1 + TOLERANCE)),
            "items-threads-gil", new KnownDifference(Aspect.RATIO, ITEMS_SCALE
                    + " (the queue.Queue, and a GIL hand-over after every read with the switch interval scaled to "
                    + "0.65 µs): CPython's ratio is at times above the lab's, on a busy machine",
                    row -> row.cpythonRatio > row.labRatio * (1 + TOLERANCE)),
            "convoy-effect", new KnownDifference(Aspect.RATIO,
                    "with a 0.5 ms switch interval the GIL's hand-over to the woken poller (a condition variable, "
                    + "the OS waking a thread on a busy virtual machine, the drop request) takes a time like the "
                    + "interval itself, where the lab's takes none: the baseline convoy-effect-short-interval is more "
                    + "than 20 % slower than the lab's and the ratio below it",
                    row -> row.cpythonRatio < row.labRatio * (1 - TOLERANCE)
                           && row.others.get("convoy-effect-short-interval").cpythonMs()
                              > row.others.get("convoy-effect-short-interval").lab.elapsedMs() * (1 + TOLERANCE)),
            "start-cost-processes", new KnownDifference(Aspect.RATIO,
                    "a fork's cost here varies from run to run (see the fork figure above the table: this machine is a "
                    + "virtual machine where fork copies page tables slowly, and each exported child also starts the "
                    + "report's watchdog thread and writes its report), and so does a 3 ms thread start: the ratio "
                    + "lands on either side of the lab's. The lesson's own claim, processes cost \"ten times a "
                    + "thread's cost and more\", is what is checked: CPython's ratio is at least 10",
                    row -> row.cpythonRatio >= 10));

    /** What a comparison looks at. */
    enum Aspect { OUTCOME, INTS, ERRORS, RATIO }

    /** One way CPython did not end as the lab did. */
    record Difference(Aspect aspect, String text) {
    }

    record KnownDifference(Aspect aspect, String reason, Predicate<Row> observed) {
    }

    @Test
    void every_lesson_ends_in_cpython_as_in_the_lab(@TempDir Path dir) throws Exception {
        String found = dev.threadlab.testing.Python3.require();
        String loadBefore = loadavg();
        Python python = Python.locate(found, dir);
        forkMs = python.forkMs();

        Map<String, Row> rows = new LinkedHashMap<>();
        for (String id : LessonRuns.ids()) {
            rows.put(id, new Row(id));
        }
        // One scale per timed group (a baseline and the lessons timed against it).
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Row row : rows.values()) {
            String baseline = BASELINES.containsKey(row.id) ? BASELINES.get(row.id)
                    : BASELINES.containsValue(row.id) ? row.id : null;
            if (baseline != null) {
                groups.computeIfAbsent(baseline, k -> new ArrayList<>()).add(row.id);
            }
        }
        for (List<String> group : groups.values()) {
            double scale = group.stream().mapToDouble(id -> rows.get(id).labScale()).min().orElseThrow();
            group.forEach(id -> rows.get(id).scale = scale);
        }

        // The untimed lessons once each; the timed ones in rounds, a whole group after another.
        for (Row row : rows.values()) {
            if (row.scale == null) {
                row.scale = row.labScale();
                python.run(row, dir);
            }
        }
        for (Map.Entry<String, List<String>> group : groups.entrySet()) {
            for (int round = 0; round < TIMED_RUNS; round++) {
                for (String id : group.getValue()) {
                    python.run(rows.get(id), dir);
                }
            }
            // more rounds of the baseline and the lessons whose ratio missed
            for (int round = 0; round < EXTRA_ROUNDS; round++) {
                group.getValue().forEach(id -> rows.get(id).measure(rows));
                List<String> missed = group.getValue().stream().filter(id -> rows.get(id).missesItsRatio()).toList();
                if (missed.isEmpty()) {
                    break;
                }
                python.run(rows.get(group.getKey()), dir);
                for (String id : missed) {
                    python.run(rows.get(id), dir);
                }
            }
        }
        // A lesson whose ending differed in a run while other programs kept the machine busy gets more runs: one
        // in a quieter moment judges it.
        for (Row row : rows.values()) {
            for (int round = 0; round < EXTRA_ROUNDS && row.lastRunDifferedWhileBusy(); round++) {
                python.run(row, dir);
            }
        }
        for (Row row : rows.values()) {
            row.measure(rows);
        }
        for (Row row : rows.values()) {
            row.judge();
        }

        String table = table(rows.values(), python, loadBefore);
        Path out = Path.of("target", "lessons-in-cpython.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table, StandardCharsets.UTF_8);
        System.out.println(table);

        SoftAssertions soft = new SoftAssertions();
        for (Row row : rows.values()) {
            soft.assertThat(row.problems).as("%s (table in %s)", row.id, out.toAbsolutePath()).isEmpty();
        }
        soft.assertThat(KNOWN_DIFFERENCES.keySet()).as("known differences name lessons").isSubsetOf(rows.keySet());
        soft.assertAll();
    }

    // ---- one lesson -------------------------------------------------------------------------------------------

    /** What the lab expects for a lesson, and what CPython did. */
    static final class Row {
        final String id;
        final Scenario scenario;
        final RunSummary lab;
        final Possible possible;
        Double scale;
        final List<ScriptReport> runs = new ArrayList<>();
        /** Per run, the cores other programs kept busy meanwhile (see {@link Python#run}). */
        final List<Double> othersCores = new ArrayList<>();
        /** The same for the fastest run. */
        double busy;
        ScriptReport cpython;
        Double labRatio;
        Double cpythonRatio;
        String verdict;
        final List<String> problems = new ArrayList<>();
        /** Every lesson's row, by id. */
        Map<String, Row> others = Map.of();

        Row(String id) {
            this.id = id;
            Scenario shipped = LessonRuns.scenario(id);
            this.scenario = shipped.withRuntime(shipped.runtime().withCores(
                    Math.min(shipped.runtime().cores(), Runtime.getRuntime().availableProcessors())));
            this.lab = Simulator.run(scenario, RunOptions.defaults()).summary();
            this.possible = possible(scenario, lab);
        }

        /** min(1, {@value #TARGET_MS} ms / the lab's elapsed), rounded down to two significant digits. */
        double labScale() {
            if (lab.elapsedMs() <= TARGET_MS) {
                return 1.0;
            }
            double raw = TARGET_MS / lab.elapsedMs();
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)) - 1);
            return Math.floor(raw / magnitude) * magnitude;
        }

        /** Lab-equivalent elapsed milliseconds of CPython's fastest run. */
        double cpythonMs() {
            return cpython.elapsedMs() / scale;
        }

        /** CPython's fastest run, and for a timed lesson both ratios to its baseline. */
        void measure(Map<String, Row> rows) {
            others = rows;
            fastest();
            String baseline = BASELINES.get(id);
            if (baseline != null) {
                Row base = rows.get(baseline);
                base.fastest();
                // the lab charges a process 1 ms to start and 1 ms to end; this machine's fork costs what was
                // measured (8-27 ms on these virtual machines), which does not scale: the lab's figure with it
                double forks = scenario.processes().size() * Math.max(0, forkMs - 2) / scale;
                labRatio = (lab.elapsedMs() + forks) / base.lab.elapsedMs();
                cpythonRatio = cpythonMs() / base.cpythonMs();
            }
        }

        /** The run the table shows: a timed lesson's fastest, another lesson's last (the one judged last). */
        private void fastest() {
            boolean timed = BASELINES.containsKey(id) || BASELINES.containsValue(id);
            int best = runs.size() - 1;
            for (int i = 0; timed && i < runs.size(); i++) {
                if (runs.get(i).elapsedMs() < runs.get(best).elapsedMs()) {
                    best = i;
                }
            }
            cpython = runs.get(best);
            busy = othersCores.get(best);
        }

        /** A timed lesson whose ratio could not be judged, or (without a known difference) is off. */
        boolean missesItsRatio() {
            return cpythonRatio != null && (!ratioJudged()
                                            || !KNOWN_DIFFERENCES.containsKey(id) && !within(cpythonRatio, labRatio));
        }

        /** The cores the lab's run keeps busy on average: its Python running time over its elapsed time. */
        double labCores() {
            return lab.threads().stream().mapToDouble(t -> t.runningMs()).sum() / lab.elapsedMs();
        }

        /**
         * Whether CPython's fastest run had the cores the lab's run uses (0.8 of them at least) once other programs
         * took theirs: four processes need two free cores, a GIL-bound thread one, waiting threads none.
         */
        boolean hadItsCores() {
            return Runtime.getRuntime().availableProcessors() - busy >= 0.8 * labCores();
        }

        /** A ratio is judged only when both the lesson's and its baseline's fastest runs had their cores. */
        boolean ratioJudged() {
            return cpythonRatio != null && hadItsCores() && others.get(BASELINES.get(id)).hadItsCores();
        }

        boolean lastRunDifferedWhileBusy() {
            return othersCores.getLast() >= BUSY_CORES && !compare(runs.getLast()).isEmpty();
        }

        /**
         * Whether the lab says this lesson ends the same way whatever the timing (the explorer lists one ending with
         * timing any, within its budget): then no busy machine excuses a different ending.
         */
        boolean timingIndependent() {
            if (timingIndependent == null) {
                Set<String> any = possible.anyTiming();
                if (any == null && lab.eventCount() <= MAX_EXPLORED_EVENTS) {
                    Exploration e = explore(scenario);
                    any = e.complete() ? e.outcomes().stream().map(LessonsInCPythonTest::key).collect(Collectors.toSet())
                            : Set.of();
                }
                any = any == null ? Set.of() : any;
                timingIndependent = any.size() == 1;
            }
            return timingIndependent;
        }

        private Boolean timingIndependent;

        /** The verdict, and the problems the test fails with. */
        void judge() {
            List<Difference> differences = new ArrayList<>();
            List<String> busyRuns = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                List<Difference> d = compare(runs.get(i));
                if (!d.isEmpty() && othersCores.get(i) >= BUSY_CORES && !timingIndependent()) {
                    // no ordinary timing: other programs kept the cores busy, and the lab says timing matters here
                    busyRuns.add(String.format(Locale.ROOT, "run %d of %d, with %.1f cores busy elsewhere: %s", i + 1,
                            runs.size(), othersCores.get(i), d.stream().map(Difference::text)
                                    .collect(Collectors.joining("; "))));
                } else {
                    differences.addAll(d);
                }
            }
            if (!busyRuns.isEmpty() && busyRuns.size() == runs.size()) {
                verdict = "not judged, the machine was busy in every run (" + String.join(" / ", busyRuns) + ")";
                return;
            }
            if (cpythonRatio != null && ratioJudged() && !within(cpythonRatio, labRatio)) {
                differences.add(new Difference(Aspect.RATIO, String.format(Locale.ROOT,
                        "elapsed over %s %.2f in CPython, %.2f in the lab", BASELINES.get(id), cpythonRatio, labRatio)));
            }
            differences = differences.stream().distinct().toList();
            KnownDifference known = KNOWN_DIFFERENCES.get(id);
            boolean excused = known != null && (known.aspect() != Aspect.RATIO || ratioJudged())
                              && known.observed().test(this);
            List<String> unexplained = differences.stream().filter(d -> !excused || d.aspect() != known.aspect())
                    .map(Difference::text).toList();
            if (!unexplained.isEmpty()) {
                verdict = "**FAILS**: " + String.join("; ", unexplained)
                          + (known == null ? "" : " (known difference, not this: " + known.reason() + ")");
                problems.addAll(unexplained);
            } else if (excused) {
                verdict = "differs (known): " + known.reason();
            } else if (cpythonRatio != null && !ratioJudged()) {
                Row base = others.get(BASELINES.get(id));
                verdict = String.format(Locale.ROOT, "not timed: the fastest runs lacked the cores the lab's use (%.1f "
                                                     + "and %.1f of %d; other programs kept %.1f and %.1f busy)%s",
                        labCores(), base.labCores(), Runtime.getRuntime().availableProcessors(), busy, base.busy,
                        possible.deterministic() ? "; endings the same" : "");
            } else {
                verdict = possible.deterministic() ? "same" : possible.classes() == null
                        ? "same outcome and error types; ints depend on timing (" + possible.why() + "), not compared"
                        : "same; ints depend on timing (" + possible.why() + "), CPython's are among the lab's "
                          + possible.classes().size() + " endings with any timing";
            }
            if (!busyRuns.isEmpty()) {
                verdict += " (not judged: " + String.join(" / ", busyRuns) + ")";
            }
        }

        private List<Difference> compare(ScriptReport run) {
            List<Difference> out = new ArrayList<>();
            if (possible.deterministic()) {
                if (run.outcome() != lab.outcome()) {
                    out.add(new Difference(Aspect.OUTCOME, "outcome " + run.outcome().json() + " in CPython, "
                                                           + lab.outcome().json() + " in the lab"));
                }
                if (!run.variables().equals(lab.variables())) {
                    out.add(new Difference(Aspect.INTS, "ints " + run.variables() + " in CPython, " + lab.variables()
                                                        + " in the lab"));
                }
                List<String> errors = errors(run.errors().stream().map(e -> e.thread() + ": " + e.type()).toList());
                List<String> labErrors = errors(lab.errors().stream().map(e -> e.thread() + ": " + e.type()).toList());
                if (!errors.equals(labErrors)) {
                    out.add(new Difference(Aspect.ERRORS, "errors " + errors + " in CPython, " + labErrors + " in the lab"));
                }
            } else {
                if (!possible.outcomes().contains(run.outcome())) {
                    out.add(new Difference(Aspect.OUTCOME, "outcome " + run.outcome().json()
                                                           + " in CPython, the lab reaches " + possible.outcomes()));
                }
                Set<String> types = run.errors().stream().map(ScriptReport.Error::type).collect(Collectors.toSet());
                if (!possible.errorTypes().containsAll(types)) {
                    out.add(new Difference(Aspect.ERRORS, "error types " + types + " in CPython, the lab raises "
                                                          + possible.errorTypes()));
                }
                if (possible.classes() != null && !possible.classes().contains(key(run))) {
                    out.add(new Difference(Aspect.INTS, "CPython's " + key(run)
                                                        + " is none of the lab's endings with any timing"));
                }
            }
            if (run.outcome() == Outcome.DEADLOCK && lab.deadlock() != null) {
                Set<String> waits = run.deadlock().stream().map(w -> w.thread() + " waits for " + w.waitsFor())
                        .collect(Collectors.toSet());
                for (WaitFor w : lab.deadlock()) {
                    if (!waits.contains(w.thread() + " waits for " + w.waitsFor())) {
                        out.add(new Difference(Aspect.OUTCOME, "the lab's " + w.thread() + " waits for "
                                                               + w.waitsFor() + ", CPython's watchdog saw " + waits));
                    }
                }
            }
            return out;
        }
    }

    /** What a bare fork and wait cost on this machine (ms), measured once before the lessons run. */
    static double forkMs = 2;

    static boolean within(double measured, double expected) {
        return Math.abs(measured / expected - 1) <= TOLERANCE;
    }

    // ---- what the lab says can happen --------------------------------------------------------------------------

    /**
     * What the lab says a lesson can end with.
     *
     * @param deterministic one ending whatever the timing the simulated clock allows
     * @param why           what made it timing-dependent
     * @param outcomes      the outcome kinds the lab reached
     * @param errorTypes    the error types the lab raised
     * @param classes       when not deterministic, every ending (outcome, ints, errors) with any timing, if the
     *                      explorer could list them all within its budget; else null (the ints are not compared)
     * @param anyTiming     every ending with any timing, if the explorer listed them all; null if it was not asked
     *                      or could not
     */
    record Possible(boolean deterministic, String why, Set<Outcome> outcomes, Set<String> errorTypes,
                    Set<String> classes, Set<String> anyTiming) {
    }

    /**
     * How determinism is decided, from the lab alone. A lesson that completes without ints or errors has nothing that
     * could differ but its outcome (every such lesson completes with every seed). Any other lesson is run with seeds
     * 1–3 under three sets of costs (none, the defaults, three times the defaults: CPython's thread starts, forks and
     * lock operations take longer than the lab's defaults on a busy machine), and explored, within a budget, with
     * any timing and, beside it, with the simulated clock's (every choice the clock leaves open, as seeds would
     * give), unless a run has more than {@value #MAX_EXPLORED_EVENTS} events. One ending over the runs and the simulated clock's exploration is deterministic: CPython must end
     * exactly so. More than one (lost-update, whose 3 ms call races the 5 ms switch interval; dining-philosophers-
     * timeout, whose timeouts race the costs; increment-free-threaded) is timing-dependent: CPython's ending must then
     * be one the explorer reaches with any timing, when it lists them all within its budget; otherwise only its
     * outcome kind and error types are compared.
     */
    static Possible possible(Scenario lab, RunSummary run) {
        if (run.outcome() == Outcome.COMPLETED && run.variables().isEmpty() && run.errors().isEmpty()) {
            return new Possible(true, null, Set.of(Outcome.COMPLETED), Set.of(), null, null);
        }
        Costs d = Costs.defaults();
        List<Costs> costs = List.of(Costs.zero(), d, new Costs(d.threadStartNs() * 3, d.processStartNs() * 3,
                d.processExitNs() * 3, d.varAccessNs() * 3, d.lockOpNs() * 3, d.queueOpNs() * 3, d.printNs() * 3));
        Set<String> endings = new LinkedHashSet<>();
        Set<Outcome> outcomes = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        String why = null;
        for (Costs c : costs) {
            for (int seed = 1; seed <= 3; seed++) {
                RunSummary s = Simulator.run(lab.withRuntime(lab.runtime().withSeed(seed)),
                        RunOptions.defaults().withCosts(c)).summary();
                outcomes.add(s.outcome());
                s.errors().forEach(e -> types.add(e.type()));
                String ending = key(s.outcome(), s.variables(), s.errors().stream().map(e -> e.thread() + ": " + e.type()).toList());
                if (endings.add(ending) && endings.size() > 1 && why == null) {
                    why = c.equals(d) ? "seed " + seed : "costs " + (c.equals(Costs.zero()) ? "zero" : "×3");
                }
            }
        }
        // Too many steps to explore (the increment lessons' thousands of +=): the runs decide alone.
        Exploration any = run.eventCount() <= MAX_EXPLORED_EVENTS ? explore(lab)
                : new Exploration(List.of(), 0, 0, false, null);
        for (OutcomeClass o : any.outcomes()) {
            if (o.seenWithSimulatedTiming()) {
                outcomes.add(o.outcome());
                o.errors().forEach(e -> types.add(errorType(e)));
                if (endings.add(key(o)) && why == null) {
                    why = "the simulated clock's choices";
                }
            }
        }
        Set<String> anyTiming = any.complete()
                ? any.outcomes().stream().map(LessonsInCPythonTest::key).collect(Collectors.toCollection(LinkedHashSet::new))
                : null;
        if (endings.size() == 1) {
            return new Possible(true, null, outcomes, types, null, anyTiming);
        }
        if (anyTiming != null) {
            for (OutcomeClass o : any.outcomes()) {
                outcomes.add(o.outcome());
                o.errors().forEach(e -> types.add(errorType(e)));
            }
        }
        return new Possible(false, why, outcomes, types, anyTiming, anyTiming);
    }

    static final int MAX_EXPLORED_EVENTS = 5_000;

    /** Every ending with any timing, beside those the simulated clock's timing reaches, within a budget. */
    static Exploration explore(Scenario s) {
        return Explorer.explore(s, ExploreOptions.defaults().withTiming(Timing.ANY).withMaxSchedules(50_000)
                .withMaxMillis(4_000));
    }

    /** outcome, ints, the sorted {@code thread: Type} of the errors: an ending, compared between lab and CPython. */
    static String key(Outcome outcome, Map<String, Long> variables, List<String> threadErrors) {
        return outcome.json() + " " + new TreeMap<>(variables) + " " + errors(threadErrors);
    }

    private static String key(OutcomeClass o) {
        return key(o.outcome(), o.variables(), o.errors().stream().map(e -> {
            String[] parts = e.split(": ", 3);
            return parts[0] + ": " + (parts.length > 1 ? parts[1] : "");
        }).toList());
    }

    private static String key(ScriptReport r) {
        return key(r.outcome(), r.variables(), r.errors().stream().map(e -> e.thread() + ": " + e.type()).toList());
    }

    private static String errorType(String threadTypeMessage) {
        String[] parts = threadTypeMessage.split(": ", 3);
        return parts.length > 1 ? parts[1] : "";
    }

    private static List<String> errors(List<String> threadErrors) {
        return threadErrors.stream().sorted().toList();
    }

    // ---- CPython ------------------------------------------------------------------------------------------------

    /**
     * The machine's interpreter, run directly (not through a pyenv-style shim, whose start-up would count in no
     * report but slow every run) in isolated mode, with the compute rate measured once for the whole test: every
     * {@code compute} of every run then does the same work, so a busy moment during one script's own calibration
     * cannot make its work smaller or larger than its baseline's.
     */
    record Python(String executable, String version, long computeRate, double forkMs) {

        static Python locate(String onPath, Path dir) throws IOException, InterruptedException {
            String executable = output(List.of(onPath, "-c", "import sys; print(sys.executable)"), dir, Map.of()).strip();
            String version = output(List.of(executable, "-c", "import sys; print(sys.version.split()[0])"), dir, Map.of()).strip();
            // _lab_work and _lab_calibrate as the prelude defines them: the fastest of five calibrations (a busy
            // machine only ever slows a measurement down)
            String prelude;
            try (InputStream in = LessonsInCPythonTest.class.getClassLoader().getResourceAsStream("export/prelude.py")) {
                assertThat(in).as("export/prelude.py on the classpath").isNotNull();
                prelude = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int from = prelude.indexOf("def _lab_work(");
            int to = prelude.indexOf("# --compute-rate");
            assertThat(from).as("the prelude's _lab_work and _lab_calibrate, before --compute-rate").isNotNegative()
                    .isLessThan(to);
            Path calibrate = dir.resolve("calibrate.py");
            Files.writeString(calibrate, "import time\n\n" + prelude.substring(from, to)
                                         + "\nprint(int(max(_lab_calibrate() for _ in range(5))))\n");
            long rate = Long.parseLong(output(List.of(executable, "-I", calibrate.toString()), dir, Map.of()).strip());
            // what a bare fork costs on this machine (the lab's Costs say 1 ms to start a process, 1 ms to end it)
            Path fork = dir.resolve("fork.py");
            Files.writeString(fork, """
                    import os, time
                    best = float("inf")
                    for _ in range(10):
                        t0 = time.perf_counter()
                        pid = os.fork()
                        if pid == 0:
                            os._exit(0)
                        os.waitpid(pid, 0)
                        best = min(best, time.perf_counter() - t0)
                    print(best * 1000)
                    """);
            double forkMs = Double.parseDouble(output(List.of(executable, "-I", fork.toString()), dir, Map.of()).strip());
            return new Python(executable, version, rate, forkMs);
        }

        /**
         * Runs the lesson's script once and adds its report to the row, with the cores other programs kept busy
         * meanwhile: the machine's busy CPU time over the run ({@code /proc/stat}) less the script's own (its
         * process tree's, which a shell around it reads from its {@code /proc/$$/stat} once it has waited for it),
         * over the run's wall time (0 where {@code /proc} cannot be read).
         */
        void run(Row row, Path dir) throws IOException, InterruptedException {
            Path script = dir.resolve(row.id.replace('-', '_') + ".py");
            if (!Files.exists(script)) {
                Files.writeString(script, PythonExporter.export(row.scenario), StandardCharsets.UTF_8);
            }
            double busyBefore = busySeconds();
            long start = System.nanoTime();
            String stdout = output(List.of("/bin/sh", "-c", OWN_CPU, "sh", executable, "-I", script.toString(),
                    "--scale", String.valueOf(row.scale)), dir, Map.of("LAB_COMPUTE_RATE", String.valueOf(computeRate)));
            double wall = (System.nanoTime() - start) / 1e9;
            double others = (busySeconds() - busyBefore - ownCpuSeconds(dir)) / wall;
            row.runs.add(ScriptReport.find(stdout, MAPPER).orElseThrow(() -> new AssertionError(
                    row.id + ": the script printed no LAB-REPORT line:\n" + stdout)));
            if (row.labCores() > 1.2) {
                // a parallel speed-up also needs the hypervisor to give the cores: /proc/stat did not show it when
                // CI ran four processes at 0.61 of serial with "0.1 cores busy elsewhere"; measure it right after
                others = Math.max(Double.isNaN(others) ? 0 : others,
                        Runtime.getRuntime().availableProcessors() - parallelCores(dir));
            }
            row.othersCores.add(Double.isNaN(others) ? 0 : Math.max(0, others));
        }

        /**
         * The cores the machine really gives at once now: one fork per CPU, each doing 0.2 s of the calibrated work;
         * their total work over the wall time they took (the CPU count when nothing else runs).
         */
        private double parallelCores(Path dir) throws IOException, InterruptedException {
            Path probe = dir.resolve("parallel_probe.py");
            if (!Files.exists(probe)) {
                Files.writeString(probe, """
                        import os, sys, time
                        n, k = int(float(sys.argv[1]) * 0.2), int(sys.argv[2])
                        def burn():
                            x = 0
                            for i in range(n):
                                x += i
                        t0 = time.perf_counter()
                        pids = []
                        for _ in range(k):
                            pid = os.fork()
                            if pid == 0:
                                burn()
                                os._exit(0)
                            pids.append(pid)
                        for pid in pids:
                            os.waitpid(pid, 0)
                        print(k * 0.2 / (time.perf_counter() - t0))
                        """);
            }
            int cpus = Runtime.getRuntime().availableProcessors();
            String out = output(List.of(executable, "-I", probe.toString(), String.valueOf(computeRate),
                    String.valueOf(cpus)), dir, Map.of()).strip();
            return Math.min(cpus, Double.parseDouble(out));
        }

        /** Runs the command it is given, then prints its CPU time (cutime, cstime) to standard error. */
        private static final String OWN_CPU = "\"$@\"; code=$?; echo \"LAB-CPU $(cat /proc/$$/stat 2>/dev/null)\" >&2; "
                                              + "exit $code";

        /** The CPU seconds the last command run with {@link #OWN_CPU} took, from its standard error, or NaN. */
        private static double ownCpuSeconds(Path dir) {
            try {
                String err = Files.readString(dir.resolve("err.txt"));
                int at = err.lastIndexOf("LAB-CPU ");
                String stat = err.substring(at, err.indexOf('\n', at));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
                return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;   // cutime + cstime, USER_HZ
            } catch (IOException | RuntimeException e) {
                return Double.NaN;
            }
        }

        /** CPU seconds every core of the machine has been busy since boot (first line of /proc/stat), or NaN. */
        private static double busySeconds() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
                long busy = 0;
                for (int i : new int[] {1, 2, 3, 6, 7, 8}) {   // user nice system irq softirq steal (not idle, iowait)
                    busy += Long.parseLong(f[i]);
                }
                return busy / 100.0;   // USER_HZ
            } catch (IOException | RuntimeException e) {
                return Double.NaN;
            }
        }

        /** Standard output of a command (standard error goes to a file beside it, and is shown on failure). */
        private static String output(List<String> command, Path dir, Map<String, String> env)
                throws IOException, InterruptedException {
            Path out = dir.resolve("out.txt");
            Path err = dir.resolve("err.txt");   // the last command's, read by ownCpuSeconds
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(env);
            Process p = builder.start();
            if (!p.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
                fail("%s did not end within %d s:\n%s", command, RUN_TIMEOUT_SECONDS, Files.readString(err));
            }
            String stdout = Files.readString(out);
            if (p.exitValue() != 0 && !stdout.contains(ScriptReport.PREFIX)) {
                fail("%s ended with exit code %d:\n%s", command, p.exitValue(), Files.readString(err));
            }
            return stdout;
        }
    }

    // ---- the table ----------------------------------------------------------------------------------------------

    static String table(Collection<Row> rows, Python python, String loadBefore) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "CPython %s (`%s`) on %d cores; compute rate %,d iterations/s; a bare "
                                              + "os.fork() + waitpid() %.1f ms (the fastest of 10); load average %s before, %s after. "
                                              + "The lab with runtime.cores = min(the lesson's, %d).%n%n",
                python.version(), python.executable(), Runtime.getRuntime().availableProcessors(), python.computeRate(),
                python.forkMs(), loadBefore, loadavg(), Runtime.getRuntime().availableProcessors()));
        out.append("| lesson | scale | CPython outcome | CPython elapsed (÷ scale) | CPython ints | lab outcome | "
                   + "lab elapsed | lab ints | ratio vs baseline CPython / lab | verdict |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Row r : rows) {
            out.append("| `").append(r.id).append("` | ").append(scale(r.scale)).append(" | ")
                    .append(outcome(r.cpython.outcome(), r.cpython.errors().stream().map(ScriptReport.Error::type).toList()))
                    .append(" | ").append(ms(r.cpython.elapsedMs())).append(" (").append(ms(r.cpythonMs())).append(")")
                    .append(r.runs.size() > 1 ? String.format(Locale.ROOT, ", %s of %d (others busy: %.1f cores)",
                            r.labRatio != null || BASELINES.containsValue(r.id) ? "best" : "last", r.runs.size(), r.busy)
                            : "").append(" | ")
                    .append(ints(r.cpython.variables())).append(" | ")
                    .append(outcome(r.lab.outcome(), r.lab.errors().stream().map(e -> e.type()).toList())).append(" | ")
                    .append(ms(r.lab.elapsedMs())).append(" | ").append(ints(r.lab.variables())).append(" | ")
                    .append(r.labRatio == null ? BASELINES.containsValue(r.id) ? "baseline" : ""
                            : String.format(Locale.ROOT, "%.2f / %.2f (vs `%s`)", r.cpythonRatio, r.labRatio,
                                    BASELINES.get(r.id)))
                    .append(" | ").append(r.verdict.replace("|", "\\|")).append(" |\n");
        }
        return out.toString();
    }

    private static String outcome(Outcome outcome, List<String> errorTypes) {
        if (errorTypes.isEmpty()) {
            return outcome.json();
        }
        Map<String, Long> counts = new TreeMap<>(errorTypes.stream().collect(Collectors.groupingBy(t -> t, Collectors.counting())));
        return outcome.json() + " (" + counts.entrySet().stream()
                .map(e -> e.getKey() + (e.getValue() > 1 ? " ×" + e.getValue() : "")).collect(Collectors.joining(", ")) + ")";
    }

    private static String ints(Map<String, Long> variables) {
        return variables.isEmpty() ? "" : variables.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String ms(double ms) {
        return ms >= 10 ? String.format(Locale.ROOT, "%,.0f ms", ms) : String.format(Locale.ROOT, "%.2f ms", ms);
    }

    private static String scale(double scale) {
        return scale == 1.0 ? "1" : String.format(Locale.ROOT, "%.2g", scale);
    }

    private static String loadavg() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
