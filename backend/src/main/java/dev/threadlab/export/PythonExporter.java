package dev.threadlab.export;

import dev.threadlab.engine.event.ThreadState;
import dev.threadlab.engine.model.ObjectDecl;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.ProcessDecl;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.Step;
import dev.threadlab.engine.model.ThreadDecl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.threadlab.export.PythonNames.literal;
import static dev.threadlab.export.PythonNames.name;
import static dev.threadlab.export.PythonNames.scaled;

/**
 * Turns a scenario into a runnable CPython 3 script using only the standard library: objects as globals,
 * one function per thread lane with one line per step, the main thread starting the auto threads at once,
 * waiting for the non-daemon ones, then printing every int as {@code name = value} (a child process prints
 * its own as {@code process/name = value}), the same names and values as the run summary's {@code variables}.
 * <p>
 * After the program comes the lab's report (backend/API.md): a watchdog that reports a deadlock instead of hanging,
 * and a last line {@code LAB-REPORT {json}} with the outcome, elapsed time, final ints, errors, lost updates where
 * it can tell, per-thread timings and, with {@code --record}, every thread's states over time. {@code --scale}
 * multiplies every duration. The program itself never depends on the report.
 */
public final class PythonExporter {

    private PythonExporter() {
    }

    public static String export(Scenario s) {
        StringBuilder out = new StringBuilder();
        LineTable lines = new LineTable(out);
        Map<String, List<String>> threadVars = threadVars(s);
        List<String> bodies = new ArrayList<>();
        header(s, out);
        objects(s, out);
        for (ThreadDecl t : s.threads()) {
            if (!"main".equals(t.id())) {
                function(t.id() + "_body", written(t.body()), t.body(), out, new StepWriter(out, threadVars, lines, s));
                bodies.add(name(t.id() + "_body"));
            }
        }
        // A process's main function must exist before multiprocessing.Process(target=...) names it.
        for (ProcessDecl p : s.processes()) {
            process(p, s, out, threadVars, lines);
            bodies.add(name(p.id() + "_main"));
        }
        threads(s, out, threadVars);
        mainFunction(s, out, threadVars, lines);
        bodies.add("main");
        report(s, out, lines, bodies);
        out.append("\n\nif __name__ == \"__main__\":\n");
        if (!s.processes().isEmpty()) {
            // force: a multiprocessing.Queue made above has already fixed the default context, and set_start_method
            // without it raises "context has already been set"
            out.append("    multiprocessing.set_start_method(\"fork\", force=True)  # children get a copy of every object\n");
        }
        out.append("    _lab_run(main)  # main(), watched for deadlocks, then the report's line\n");
        return out.toString();
    }

    private static void report(Scenario s, StringBuilder out, LineTable lines, List<String> bodies) {
        out.append("""


                # ---- Thread Lab's report ------------------------------------------------------------------------------
                # Not part of the program above, which runs the same without it. A watchdog looks where every thread is
                # (the table below says what each line of the program waits for) and reports a deadlock instead of
                # hanging; the last line printed is "LAB-REPORT " and one JSON object: outcome, elapsedMs, variables,
                # errors, lostUpdates, deadlock and per thread its start and end (and with --record its states).

                """);
        out.append(lines.python());
        out.append("_lab_BODIES = (").append(String.join(", ", bodies.stream().map(PythonNames::literal).toList()))
                .append(",)  # the functions whose lines are in _lab_STEPS\n");
        out.append("_lab_INTS = {").append(String.join(", ", s.objects().stream().filter(o -> o.type() == ObjectType.INT)
                .map(o -> literal(o.id()) + ": " + literal(name(o.id()))).toList())).append("}  # lab id: Python name\n");
        out.append(names(s));
        out.append("_lab_INTENDED = {").append(String.join(", ", IntendedValues.of(s).entrySet().stream()
                .map(e -> literal(e.getKey()) + ": " + e.getValue()).toList()))
                .append("}  # each int's value if no update is lost, where the lab can tell\n");
        out.append(Resources.REPORT);
    }

    /**
     * What the importer needs to read the script back into this scenario, as data: each object's lab id by its Python
     * name (in the scenario's order) and each local whose name differs, the lanes in order with their display name and
     * start, and the runtime the program text does not say.
     */
    private static String names(Scenario s) {
        Map<String, String> names = new LinkedHashMap<>();
        s.objects().forEach(o -> names.put(name(o.id()), o.id()));
        for (ThreadDecl t : s.threads()) {
            locals(t.body(), names);
        }
        StringBuilder out = new StringBuilder("_lab_NAMES = {").append(String.join(", ", names.entrySet().stream()
                .map(e -> literal(e.getKey()) + ": " + literal(e.getValue())).toList()))
                .append("}  # Python name: lab id, for Thread Lab's import\n");
        List<String> lanes = new ArrayList<>();
        for (ThreadDecl t : s.threads()) {
            lanes.add(literal(t.id()) + ": (" + (t.name() == null ? "None" : literal(t.name())) + ", "
                      + (t.manual() ? "\"manual\"" : "None") + ")");
        }
        for (ProcessDecl p : s.processes()) {
            lanes.add(literal(p.id()) + ": (None, " + (p.manual() ? "\"manual\"" : "None") + ")");
        }
        out.append("_lab_LANES = {").append(String.join(", ", lanes))
                .append("}  # lab id: (display name, start), in the lab's order\n");
        out.append("_lab_RUNTIME = {\"model\": ").append(literal(s.runtime().model().json())).append(", \"seed\": ")
                .append(s.runtime().seed()).append(", \"policy\": ").append(literal(s.runtime().policy().json()))
                .append("}  # the lab's runtime besides cores and the switch interval\n");
        return out.toString();
    }

    private static void locals(List<Step> body, Map<String, String> names) {
        for (Step step : body) {
            String local = switch (step) {
                case Step.Read r -> r.as();
                case Step.Get g -> g.as();
                case Step.Repeat r -> r.as();
                default -> null;
            };
            if (local != null && !name(local).equals(local)) {
                names.put(name(local), local);
            }
            if (step instanceof Step.Print p) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}").matcher(p.text());
                while (m.find()) {
                    if (!name(m.group(1)).equals(m.group(1))) {
                        names.put(name(m.group(1)), m.group(1));
                    }
                }
            }
            switch (step) {
                case Step.With w -> locals(w.body(), names);
                case Step.Repeat r -> locals(r.body(), names);
                case Step.While w -> locals(w.body(), names);
                case Step.If f -> {
                    locals(f.then(), names);
                    locals(f.otherwise(), names);
                }
                default -> {
                }
            }
        }
    }

    private static void header(Scenario s, StringBuilder out) {
        out.append("#!/usr/bin/env python3\n");
        comment(s.title().isBlank() ? "Thread Lab scenario" : s.title(), out);
        if (!s.notes().isBlank()) {
            out.append("#\n");
            comment(s.notes(), out);
        }
        out.append("#\n# Generated by Thread Lab. Runtime in the lab: ").append(s.runtime().model().json())
                .append(", ").append(s.runtime().cores()).append(" cores, switch interval ")
                .append(s.runtime().switchIntervalMs()).append(" ms, seed ").append(s.runtime().seed()).append(".\n");
        out.append("#\n# python3 this.py [--scale 0.1] [--record]: see --help. The last line printed is the lab's report.\n");
        out.append("import _thread\nimport argparse\nimport json\nimport multiprocessing\nimport os\nimport queue\n"
                   + "import shutil\nimport sys\nimport tempfile\nimport threading\nimport time\nimport traceback\n\n");
        out.append("_lab_CORES = ").append(s.runtime().cores()).append("  # the lab's runtime.cores\n");
        out.append(Resources.PRELUDE);
        out.append("\n\nsys.setswitchinterval(").append(scaled(s.runtime().switchIntervalMs())).append(")\n\n\n");
    }

    /** Text a user typed as comment lines: one per line of the text, each unable to end early. */
    private static void comment(String text, StringBuilder out) {
        for (String line : text.split("\\R", -1)) {
            out.append(line.isBlank() ? "#" : "# " + PythonNames.commentText(line)).append('\n');
        }
    }

    private static void objects(Scenario s, StringBuilder out) {
        List<ObjectDecl> ordered = new ArrayList<>(s.objects().stream().filter(o -> o.type() != ObjectType.CONDITION).toList());
        ordered.addAll(s.objects().stream().filter(o -> o.type() == ObjectType.CONDITION).toList());
        for (ObjectDecl o : ordered) {
            out.append(name(o.id())).append(" = ").append(constructor(o)).append('\n');
        }
        out.append("\n\n");
    }

    private static String constructor(ObjectDecl o) {
        String max = o.maxsize() == null || o.maxsize() == 0 ? "" : "maxsize=" + o.maxsize();
        return switch (o.type()) {
            case INT -> String.valueOf(o.value() == null ? 0 : o.value());
            case LOCK -> "threading.Lock()";
            case RLOCK -> "threading.RLock()";
            case CONDITION -> "threading.Condition(" + (o.lock() == null ? "" : name(o.lock())) + ")";
            case EVENT -> "threading.Event()";
            case SEMAPHORE -> "threading.Semaphore(" + (o.value() == null ? 1 : o.value()) + ")";
            case BOUNDED_SEMAPHORE -> "threading.BoundedSemaphore(" + (o.value() == null ? 1 : o.value()) + ")";
            case QUEUE -> "queue.Queue(" + max + ")";
            case LIFO_QUEUE -> "queue.LifoQueue(" + max + ")";
            case PRIORITY_QUEUE -> "queue.PriorityQueue(" + max + ")";
            case MP_QUEUE -> "multiprocessing.Queue(" + max + ")";
        };
    }

    private static void function(String fn, Set<String> globals, List<Step> body, StringBuilder out, StepWriter writer) {
        out.append("def ").append(name(fn)).append("():\n");
        global(globals, out);
        writer.body(body, 1);
        out.append("\n\n");
    }

    private static Map<String, List<String>> threadVars(Scenario s) {
        Map<String, List<String>> vars = new LinkedHashMap<>();
        for (ThreadDecl t : s.threads()) {
            List<String> names = new ArrayList<>();
            for (int k = 1; k <= t.count(); k++) {
                names.add(name(t.count() == 1 ? t.id() : t.id() + "-" + k));
            }
            vars.put(t.id(), names);
        }
        return vars;
    }

    private static void threads(Scenario s, StringBuilder out, Map<String, List<String>> threadVars) {
        for (ThreadDecl t : s.threads()) {
            if ("main".equals(t.id())) {
                continue;
            }
            List<String> vars = threadVars.get(t.id());
            for (int k = 0; k < vars.size(); k++) {
                String label = t.count() == 1 ? t.id() : t.id() + "-" + (k + 1);
                String fn = name(t.id() + "_body");
                out.append(vars.get(k)).append(" = ").append(t.isTimer()
                        ? "threading.Timer(" + scaled(t.timerIntervalMs()) + ", " + fn + ")"
                        : "threading.Thread(target=" + fn + ", name=" + literal(label)
                          + (t.daemon() ? ", daemon=True" : "") + ")").append('\n');
                if (t.isTimer()) {
                    out.append(vars.get(k)).append(".name = ").append(literal(label)).append('\n');
                }
                if (t.isTimer() && t.daemon()) {
                    out.append(vars.get(k)).append(".daemon = True\n");
                }
            }
        }
        for (ProcessDecl p : s.processes()) {
            out.append(name(p.id())).append(" = multiprocessing.Process(target=").append(name(p.id() + "_main"))
                    .append(", name=").append(literal(p.id())).append(")\n");
        }
        out.append("\n\n");
    }

    private static void process(ProcessDecl p, Scenario s, StringBuilder out, Map<String, List<String>> threadVars,
                                LineTable lines) {
        out.append("def ").append(name(p.id() + "_main")).append("():\n");
        startAutoThreads(s, p.id(), out, threadVars);
        joinNonDaemonThreads(out, lines);
        printInts(s, p.id() + "/", out);
        out.append("\n\n");
    }

    private static void mainFunction(Scenario s, StringBuilder out, Map<String, List<String>> threadVars,
                                     LineTable lines) {
        ThreadDecl main = s.threads().stream().filter(t -> "main".equals(t.id())).findFirst().orElse(null);
        out.append("def main():\n");
        global(main == null ? Set.of() : written(main.body()), out);
        for (ProcessDecl p : s.processes()) {
            if (!p.manual()) {
                out.append("    ").append(name(p.id())).append(".start()\n");
            }
        }
        startAutoThreads(s, "main", out, threadVars);
        if (main != null) {
            new StepWriter(out, threadVars, lines, s).body(main.body(), 1);
        }
        joinNonDaemonThreads(out, lines);
        out.append("    for p in multiprocessing.active_children():\n        p.join()\n");
        lines.markLast(new StepLine(ThreadState.BLOCKED, null, false));
        printInts(s, "", out);
    }

    /** A function's {@code global} line for the shared ints it assigns, if any. */
    private static void global(Set<String> globals, StringBuilder out) {
        if (!globals.isEmpty()) {
            out.append("    global ").append(String.join(", ", globals.stream().map(PythonNames::name).toList())).append('\n');
        }
    }

    /** Waits for every non-daemon thread, as {@code threading._shutdown} does when a program's main code ends. */
    private static void joinNonDaemonThreads(StringBuilder out, LineTable lines) {
        out.append("    for t in threading.enumerate():  # as threading._shutdown does\n")
                .append("        if t is not threading.current_thread() and not t.daemon:\n            t.join()\n");
        lines.markLast(new StepLine(ThreadState.BLOCKED, null, true));
    }

    private static void startAutoThreads(Scenario s, String process, StringBuilder out, Map<String, List<String>> vars) {
        for (ThreadDecl t : s.threads()) {
            String owner = t.process() == null ? "main" : t.process();
            if (!"main".equals(t.id()) && owner.equals(process) && !t.manual()) {
                for (String v : vars.get(t.id())) {
                    out.append("    ").append(v).append(".start()\n");
                }
            }
        }
    }

    private static void printInts(Scenario s, String prefix, StringBuilder out) {
        for (ObjectDecl o : s.objects()) {
            if (o.type() == ObjectType.INT) {
                out.append("    print(").append(literal(prefix + o.id() + " =")).append(", ").append(name(o.id())).append(")\n");
            }
        }
    }

    /** The ints a body assigns, which its function must declare {@code global}. */
    private static Set<String> written(List<Step> body) {
        Set<String> names = new LinkedHashSet<>();
        for (Step step : body) {
            switch (step) {
                case Step.Write w -> names.add(w.target());
                case Step.Increment i -> names.add(i.target());
                case Step.With w -> names.addAll(written(w.body()));
                case Step.Repeat r -> names.addAll(written(r.body()));
                case Step.While w -> names.addAll(written(w.body()));
                case Step.If f -> {
                    names.addAll(written(f.then()));
                    names.addAll(written(f.otherwise()));
                }
                default -> {
                }
            }
        }
        return names;
    }
}
