package dev.threadlab.reality;

import dev.threadlab.api.ProblemException;
import dev.threadlab.api.SimulationSlots;
import dev.threadlab.engine.Limits;
import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.RunResult;
import dev.threadlab.engine.RunSummary;
import dev.threadlab.engine.Simulator;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.timeline.Lane;
import dev.threadlab.engine.timeline.TimelineRecorder;
import dev.threadlab.engine.timeline.TimelineView;
import dev.threadlab.export.PythonExporter;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * Runs a scenario in the lab and its exported script in real CPython ({@link PythonSandbox}), scaled to take about
 * {@link RealitySettings#targetSeconds()}, and lays the two side by side. At most {@link RealitySettings#parallel()}
 * scripts run at once (timing needs the cores); one more is refused with 429.
 */
public final class RealityService {

    /** Columns the timelines are merged to: about one per pixel of a wide screen. */
    static final int COLUMNS = 1600;
    /** Elapsed times within this ratio of each other are the same figure on a shared machine. */
    private static final double SAME_TIME = 0.2;
    private static final int OUTPUT_CHARS = 4000;

    private final RealitySettings settings;
    private final PythonSandbox sandbox;
    private final Limits limits;
    private final SimulationSlots slots;
    private final JsonMapper mapper;
    private final Semaphore running;
    private volatile Optional<String> version;

    public RealityService(RealitySettings settings, Limits limits, SimulationSlots slots, JsonMapper mapper) {
        this.settings = settings;
        this.sandbox = new PythonSandbox(settings.python(), settings.timeoutSeconds());
        this.limits = limits;
        this.slots = slots;
        this.mapper = mapper;
        this.running = new Semaphore(settings.parallel());
    }

    /** The interpreter's version, or empty if it is not installed (looked up until it is found). */
    public Optional<String> python() {
        Optional<String> known = version;
        if (known == null || known.isEmpty()) {
            known = sandbox.version();
            version = known;
        }
        return known;
    }

    public String installHint() {
        return "The server has no Python to run the script in (\"" + settings.python() + "\" was not found). "
               + "Install Debian's python3 (apt-get install python3), or set LAB_PYTHON to an interpreter such as "
               + "a free-threaded python3.13t, then try again.";
    }

    public Reality compare(Scenario scenario) {
        String pythonVersion = python().orElseThrow(() -> new ProblemException(503, "Python is not installed",
                installHint()));
        int machineCores = Runtime.getRuntime().availableProcessors();
        int scenarioCores = scenario.runtime().cores();
        Scenario lab = scenarioCores > machineCores
                ? scenario.withRuntime(scenario.runtime().withCores(machineCores)) : scenario;
        TimelineRecorder simulatedTimeline = new TimelineRecorder();
        RunResult simulated = slots.call(() -> Simulator.run(lab,
                RunOptions.defaults().withLimits(limits).withSink(simulatedTimeline)));
        RunSummary summary = simulated.summary();
        double scale = scale(summary.elapsedMs() / 1000.0);
        if (!running.tryAcquire()) {
            throw new ProblemException(429, "Too Many Requests", "Every CPU of the server is running a script in "
                    + "CPython (" + settings.parallel() + " at once, so their timings mean something); try again "
                    + "in a few seconds.");
        }
        PythonSandbox.ScriptRun run;
        try {
            run = sandbox.run(PythonExporter.export(lab), List.of("--scale", String.valueOf(scale), "--record"));
        } finally {
            running.release();
        }
        long simulatedEndUs = Math.max(1, simulatedTimeline.endUs());
        TimelineView labView = MeasuredTimeline.view(simulatedTimeline, simulatedEndUs, COLUMNS);
        Reality.Side labSide = labSide(summary, labView);
        Optional<ScriptReport> report = ScriptReport.find(run.stdout(), mapper);
        String output = output(run.stdout());
        if (report.isEmpty()) {
            String problem = run.timedOut()
                    ? "CPython did not finish within " + settings.timeoutSeconds() + " s (scaled ×" + scale + "), and "
                      + "its watchdog found no deadlock: threads waiting on another process, or still working."
                    : "The script ended (exit code " + run.exitCode() + ") without its report: " + tail(run.stderr());
            Reality.Side none = new Reality.Side(run.timedOut() ? "timeout" : "crashed",
                    run.wallMs() / scale, null, Map.of(), Map.of(), List.of(), List.of(), null);
            return new Reality(pythonVersion, true, machineCores, scenarioCores, lab.runtime().cores(), scale,
                    labSide, none, differences(labSide, none), output, problem, scaleNote(scale));
        }
        ScriptReport r = report.get();
        List<String> laneOrder = labView.lanes().stream().map(Lane::thread).toList();
        long measuredEndUs = Math.max(1, Math.round(r.elapsedMs() * 1000 / r.scale()));
        TimelineView measuredView = MeasuredTimeline.view(MeasuredTimeline.of(r, laneOrder),
                Math.max(measuredEndUs, simulatedEndUs), COLUMNS);
        double elapsed = r.elapsedMs() / r.scale();
        Reality.Side cpython = new Reality.Side(r.outcome().json(), elapsed,
                r.outcome() == dev.threadlab.engine.Outcome.COMPLETED ? serialMs(summary) / elapsed : null,
                r.variables(), r.lostUpdates(),
                r.errors().stream().map(e -> errorText(e.thread(), e.type(), e.message())).toList(),
                r.deadlock().stream().map(w -> w.thread() + " waits for " + (w.waitsFor() == null ? "other threads to end" : w.waitsFor())).toList(),
                measuredView);
        return new Reality(r.python(), r.gil(), machineCores, scenarioCores, lab.runtime().cores(), r.scale(),
                labSide, cpython, differences(labSide, cpython), output, null, scaleNote(r.scale()));
    }

    /** 1, or what brings a longer run down to about the target time, rounded to two significant digits. */
    double scale(double labSeconds) {
        if (labSeconds <= settings.targetSeconds()) {
            return 1.0;
        }
        double raw = settings.targetSeconds() / labSeconds;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)) - 1);
        return Math.max(magnitude, Math.floor(raw / magnitude) * magnitude);
    }

    /** Scaling shrinks the program's durations, not CPython's own costs: say so where it matters. */
    static String scaleNote(double scale) {
        if (scale >= 1) {
            return null;
        }
        long factor = Math.round(1 / scale);
        return "Every duration ran " + factor + "× shorter, but CPython's own costs did not shrink: starting a thread, "
               + "a queue operation or a GIL hand-over still takes microseconds, which is " + factor + "× more in the "
               + "lab's time shown here." + (scale < 0.05 ? " At this scale those costs can dominate: a difference in "
               + "elapsed time is mostly them, not the program." : "");
    }

    private static Reality.Side labSide(RunSummary s, TimelineView view) {
        return new Reality.Side(s.outcome().json(), s.elapsedMs(),
                s.outcome() == dev.threadlab.engine.Outcome.COMPLETED && s.elapsedMs() > 0 ? serialMs(s) / s.elapsedMs() : null,
                s.variables(), s.lostUpdates(),
                s.errors().stream().map(e -> errorText(e.thread(), e.type(), e.message())).toList(),
                s.deadlock() == null ? List.of() : s.deadlock().stream().map(w -> w.thread() + " waits for " + w.waitsFor()).toList(),
                view);
    }

    /** "thread: Type: message", as both sides list their errors. */
    private static String errorText(String thread, String type, String message) {
        return thread + ": " + type + (message.isEmpty() ? "" : ": " + message);
    }

    /** The run's serial time: every thread's running, I/O and sleeping time, one after the other. */
    private static double serialMs(RunSummary s) {
        return s.threads().stream().mapToDouble(t -> t.runningMs() + t.ioMs() + t.sleepingMs()).sum();
    }

    static List<Reality.Difference> differences(Reality.Side lab, Reality.Side cpython) {
        List<Reality.Difference> out = new ArrayList<>();
        out.add(new Reality.Difference("outcome", lab.outcome(), cpython.outcome(), !lab.outcome().equals(cpython.outcome())));
        double ratio = lab.elapsedMs() > 0 ? cpython.elapsedMs() / lab.elapsedMs() : 1;
        out.add(new Reality.Difference("elapsed", time(lab.elapsedMs()), time(cpython.elapsedMs()),
                Math.abs(ratio - 1) > SAME_TIME));
        if (lab.speedup() != null && cpython.speedup() != null) {
            out.add(new Reality.Difference("speed-up over serial", times(lab.speedup()), times(cpython.speedup()),
                    Math.abs(cpython.speedup() / lab.speedup() - 1) > SAME_TIME));
        }
        Set<String> ints = new LinkedHashSet<>(lab.variables().keySet());
        ints.addAll(cpython.variables().keySet());
        for (String name : ints) {
            Long a = lab.variables().get(name);
            Long b = cpython.variables().get(name);
            out.add(new Reality.Difference(name, a == null ? "–" : a.toString(), b == null ? "–" : b.toString(),
                    !java.util.Objects.equals(a, b)));
        }
        Set<String> lost = new LinkedHashSet<>(lab.lostUpdates().keySet());
        lost.addAll(cpython.lostUpdates().keySet());
        for (String name : lost) {
            long a = lab.lostUpdates().getOrDefault(name, 0L);
            long b = cpython.lostUpdates().getOrDefault(name, 0L);
            out.add(new Reality.Difference("lost updates of " + name, String.valueOf(a), String.valueOf(b), a != b));
        }
        out.add(new Reality.Difference("errors", errors(lab.errors()), errors(cpython.errors()),
                !types(lab.errors()).equals(types(cpython.errors()))));
        return out;
    }

    private static String errors(List<String> errors) {
        return errors.isEmpty() ? "none" : String.join("; ", errors);
    }

    private static List<String> types(List<String> errors) {
        Map<String, Integer> kinds = new LinkedHashMap<>();
        errors.forEach(e -> kinds.merge(e.replaceFirst("^[^:]*: ", "").replaceFirst(":.*$", ""), 1, Integer::sum));
        return kinds.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue()).sorted().toList();
    }

    static String time(double ms) {
        if (ms >= 1000) {
            return String.format(Locale.ROOT, "%.2f s", ms / 1000);
        }
        return String.format(Locale.ROOT, "%.1f ms", ms);
    }

    private static String times(double x) {
        return String.format(Locale.ROOT, "%.2f×", x);
    }

    /** The program's own output: the report line left out, the first few KiB kept. */
    private static String output(String stdout) {
        int at = stdout.lastIndexOf(ScriptReport.PREFIX);
        String printed = at < 0 ? stdout : stdout.substring(0, at);
        return printed.length() <= OUTPUT_CHARS ? printed : printed.substring(0, OUTPUT_CHARS) + "\n…";
    }

    private static String tail(String stderr) {
        String s = stderr.strip();
        return s.isEmpty() ? "(nothing on standard error)" : s.length() <= 600 ? s : "…" + s.substring(s.length() - 600);
    }
}
