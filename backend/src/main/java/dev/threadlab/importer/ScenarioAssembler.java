package dev.threadlab.importer;

import dev.threadlab.engine.model.Condition;
import dev.threadlab.engine.model.Expr;
import dev.threadlab.engine.model.Model;
import dev.threadlab.engine.model.ObjectDecl;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.Policy;
import dev.threadlab.engine.model.ProcessDecl;
import dev.threadlab.engine.model.RuntimeConfig;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.Step;
import dev.threadlab.engine.model.ThreadDecl;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns what {@link ProgramReader} read into a scenario: the threads the main thread starts first become auto-started
 * lanes, identical threads made one after another become one lane with replicas, and every name becomes an id. A
 * script the lab exported carries, in its report block, the lab's ids where Python names differ ({@code _lab_NAMES}),
 * the lanes' order, display names and start ({@code _lab_LANES}) and the runtime ({@code _lab_RUNTIME}).
 */
final class ScenarioAssembler {

    private static final Pattern REPLICA = Pattern.compile("(.+)-1");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private final ProgramReader reader;
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, String> laneIds = new HashMap<>();
    /** Lane placeholder to the group it belongs to (id, count, first replica's placeholder). */
    private final Map<String, Group> groups = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    private record Group(String id, int count, List<String> refs) {
    }

    ScenarioAssembler(ProgramReader reader) {
        this.reader = reader;
        JsonNode names = reader.labData.get("_lab_NAMES");
        if (names != null) {
            for (int i = 0; i < names.path("keys").size(); i++) {
                ids.put(names.path("keys").path(i).path("v").asString(), names.path("values").path(i).path("v").asString());
            }
        }
    }

    Scenario assemble() {
        List<ObjectDecl> objects = objects();
        Map<String, String[]> table = lanesTable();
        List<Step> main = new ArrayList<>(reader.main);
        leadingStartsAreAuto(main, table);
        for (Lane lane : reader.lanes) {
            if (lane.kind == Lane.Kind.PROCESS) {
                leadingStartsAreAuto(lane.body, table);
            }
        }
        List<ProcessDecl> processes = new ArrayList<>();
        List<Lane> processLanes = reader.lanes.stream().filter(l -> l.kind == Lane.Kind.PROCESS).toList();
        for (Lane p : processLanes) {
            p.id = unique(p.name != null ? p.name : p.base != null ? p.base : "process");
            laneIds.put(p.ref(), p.id);
        }
        List<ThreadDecl> threads = new ArrayList<>(groupThreads());
        for (Lane p : processLanes) {
            processes.add(new ProcessDecl(p.id, p.auto ? null : "manual"));
            if (!p.body.isEmpty()) {
                String id = unique(p.id + "-main");
                threads.add(new ThreadDecl(id, null, 1, false, null, p.id, null, rewrite(p.body)));
            }
        }
        threads = new ArrayList<>(threads.stream().map(t -> new ThreadDecl(t.id(), t.name(), t.count(), t.daemon(),
                t.start(), t.process() == null ? null : laneIds.getOrDefault(t.process(), t.process()),
                t.timerIntervalMs(), rewrite(t.body()))).toList());
        List<Step> mainBody = rewrite(main);
        if (!mainBody.isEmpty() || table.containsKey("main")) {
            threads.add(new ThreadDecl("main", null, 1, false, null, null, null, mainBody));
        }
        if (!table.isEmpty()) {
            List<String> order = new ArrayList<>(table.keySet());
            threads.sort(Comparator.comparingInt(t -> order.contains(t.id()) ? order.indexOf(t.id()) : order.size()));
            threads = threads.stream().map(t -> table.containsKey(t.id()) && table.get(t.id())[0] != null
                    ? new ThreadDecl(t.id(), table.get(t.id())[0], t.count(), t.daemon(), t.start(), t.process(),
                    t.timerIntervalMs(), t.body()) : t).toList();
        }
        String[] header = header();
        return new Scenario(Scenario.SCHEMA, header[0], header[1], runtime(), objects, processes, threads);
    }

    // ---- objects ----------------------------------------------------------------------------------------------------

    private List<ObjectDecl> objects() {
        Map<ObjectType, Integer> unnamed = new HashMap<>();
        for (ObjectSpec spec : reader.objects) {
            if (spec.name == null) {
                int k = unnamed.merge(spec.type, 1, Integer::sum);
                spec.name = spec.type.json().toLowerCase(Locale.ROOT).replace('.', '-') + "-" + k;
                ids.put("\u0002" + reader.objects.indexOf(spec), spec.name);
            }
        }
        List<ObjectSpec> ordered = new ArrayList<>(reader.objects);
        List<String> order = new ArrayList<>(ids.keySet());
        JsonNode names = reader.labData.get("_lab_NAMES");
        if (names != null) {
            order = new ArrayList<>();
            for (JsonNode k : names.path("keys")) {
                order.add(k.path("v").asString());
            }
            List<String> o = order;
            ordered.sort(Comparator.comparingInt(s -> o.contains(s.name) ? o.indexOf(s.name) : o.size()));
        }
        List<ObjectDecl> out = new ArrayList<>();
        for (ObjectSpec s : ordered) {
            String id = id(s.name);
            used.add(id);
            out.add(new ObjectDecl(id, s.type, s.value, s.lock == null ? null : id(s.lock.name), s.maxsize));
        }
        return out;
    }

    private String id(String python) {
        return ids.getOrDefault(python, python);
    }

    // ---- lanes ------------------------------------------------------------------------------------------------------

    /** The exporter's lane table: id to (display name, start), in the lab's order. */
    private Map<String, String[]> lanesTable() {
        Map<String, String[]> table = new LinkedHashMap<>();
        JsonNode lanes = reader.labData.get("_lab_LANES");
        if (lanes != null) {
            for (int i = 0; i < lanes.path("keys").size(); i++) {
                JsonNode v = lanes.path("values").path(i).path("elts");
                table.put(lanes.path("keys").path(i).path("v").asString(), new String[]{
                        v.path(0).path("v").isString() ? v.path(0).path("v").asString() : null,
                        v.path(1).path("v").isString() ? v.path(1).path("v").asString() : null});
            }
        }
        return table;
    }

    /** The threads and processes a body starts before anything else start with the program (start: auto). */
    private void leadingStartsAreAuto(List<Step> body, Map<String, String[]> table) {
        Map<Boolean, Integer> last = new HashMap<>(Map.of(true, -1, false, -1));
        while (!body.isEmpty() && body.getFirst() instanceof Step.Start s && s.target().startsWith("\u0001")) {
            Lane lane = reader.lanes.get(Integer.parseInt(s.target().substring(1)));
            String named = lane.name == null ? null : REPLICA.matcher(lane.name).matches() && lane.kind != Lane.Kind.PROCESS
                    ? lane.name.substring(0, lane.name.length() - 2) : lane.name;
            boolean manualInTable = named != null && table.containsKey(named) && "manual".equals(table.get(named)[1]);
            boolean process = lane.kind == Lane.Kind.PROCESS;
            if (lane.index < last.get(process) || manualInTable || lane.auto) {
                break;
            }
            lane.auto = true;
            last.put(process, lane.index);
            body.removeFirst();
        }
    }

    private List<ThreadDecl> groupThreads() {
        List<Lane> threads = reader.lanes.stream().filter(l -> l.kind != Lane.Kind.PROCESS).toList();
        List<List<Lane>> runs = new ArrayList<>();
        for (Lane lane : threads) {
            List<Lane> current = runs.isEmpty() ? null : runs.getLast();
            if (current != null && sameWork(current.getFirst(), lane) && replicaName(current, lane)) {
                current.add(lane);
            } else {
                runs.add(new ArrayList<>(List.of(lane)));
            }
        }
        Map<String, Integer> bases = new HashMap<>();
        for (List<Lane> run : runs) {
            bases.merge(baseOf(run), 1, Integer::sum);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<ThreadDecl> out = new ArrayList<>();
        for (List<Lane> run : runs) {
            Lane first = run.getFirst();
            String base = baseOf(run);
            int k = seen.merge(base, 1, Integer::sum);
            String id = unique(first.name == null && bases.get(base) > 1 ? base + "-" + k : base);
            List<String> refs = run.stream().map(Lane::ref).toList();
            Group group = new Group(id, run.size(), refs);
            for (int i = 0; i < run.size(); i++) {
                laneIds.put(refs.get(i), run.size() == 1 ? id : id + "-" + (i + 1));
                groups.put(refs.get(i), group);
                if (run.size() > 1) {
                    used.add(id + "-" + (i + 1));
                }
            }
            out.add(new ThreadDecl(id, null, run.size(), first.daemon, first.auto ? null : "manual", first.process,
                    first.timerMs, first.body));
        }
        return out;
    }

    private static boolean sameWork(Lane a, Lane b) {
        return a.kind == b.kind && a.daemon == b.daemon && a.auto == b.auto && a.started == b.started
               && java.util.Objects.equals(a.process, b.process) && java.util.Objects.equals(a.timerMs, b.timerMs)
               && a.body.equals(b.body) && java.util.Objects.equals(a.base, b.base);
    }

    private static boolean replicaName(List<Lane> run, Lane next) {
        Lane first = run.getFirst();
        if (first.name == null || next.name == null) {
            return first.name == null && next.name == null;
        }
        Matcher m = REPLICA.matcher(first.name);
        return m.matches() && next.name.equals(m.group(1) + "-" + (run.size() + 1));
    }

    private static String baseOf(List<Lane> run) {
        Lane first = run.getFirst();
        if (first.name != null) {
            Matcher m = REPLICA.matcher(first.name);
            return run.size() > 1 && m.matches() ? m.group(1) : first.name;
        }
        String base = first.base == null ? "thread" : first.base;
        return base.endsWith("_body") ? base.substring(0, base.length() - 5) : base;
    }

    private String unique(String wanted) {
        String id = wanted;
        for (int k = 2; used.contains(id); k++) {
            id = wanted + "-" + k;
        }
        used.add(id);
        return id;
    }

    // ---- steps ------------------------------------------------------------------------------------------------------

    /** The steps with ids for names and placeholders, a start or join of every replica of a lane as one step. */
    private List<Step> rewrite(List<Step> steps) {
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            Group g = groups.get(step.target());
            if (g != null && g.count() > 1 && g.refs().getFirst().equals(step.target())
                && coversGroup(steps, i, g, step)) {
                Step group = step instanceof Step.Join j ? new Step.Join(g.id(), j.timeoutMs()) : new Step.Start(g.id());
                remember(group, step);
                out.add(group);
                i += g.count() - 1;
                continue;
            }
            out.add(remember(rename(step), step));
        }
        return out;
    }

    /** {@code made} stands for {@code from}: it came from the same source line. */
    private Step remember(Step made, Step from) {
        Integer line = reader.stepLines.get(from);
        if (line != null) {
            reader.stepLines.put(made, line);
        }
        return made;
    }

    /** Each step's source line by its path in {@code scenario} ({@code threads[0].body[2].then[0]}). */
    Map<String, Integer> lines(Scenario scenario) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < scenario.threads().size(); i++) {
            lines(scenario.threads().get(i).body(), "threads[" + i + "]", "body", out);
        }
        return out;
    }

    private void lines(List<Step> steps, String prefix, String key, Map<String, Integer> out) {
        for (int j = 0; j < steps.size(); j++) {
            Step step = steps.get(j);
            String path = prefix + "." + key + "[" + j + "]";
            Integer line = reader.stepLines.get(step);
            if (line != null) {
                out.put(path, line);
            }
            if (step instanceof Step.With w) {
                lines(w.body(), path, "body", out);
            } else if (step instanceof Step.Repeat r) {
                lines(r.body(), path, "body", out);
            } else if (step instanceof Step.While w) {
                lines(w.body(), path, "body", out);
            } else if (step instanceof Step.If f) {
                lines(f.then(), path, "then", out);
                lines(f.otherwise(), path, "else", out);
            }
        }
    }

    private static boolean coversGroup(List<Step> steps, int from, Group g, Step first) {
        if (from + g.count() > steps.size()) {
            return false;
        }
        for (int k = 0; k < g.count(); k++) {
            Step s = steps.get(from + k);
            boolean same = s.getClass() == first.getClass() && g.refs().get(k).equals(s.target())
                           && (!(s instanceof Step.Join j) || java.util.Objects.equals(j.timeoutMs(),
                    ((Step.Join) first).timeoutMs()));
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private String target(String t) {
        if (t == null) {
            return null;
        }
        return laneIds.containsKey(t) ? laneIds.get(t) : id(t);
    }

    private String local(String name) {
        return name == null ? null : id(name);
    }

    private String expr(String value) {
        if (value == null) {
            return null;
        }
        Expr e = Expr.parse(value).orElse(null);
        if (e == null) {
            return value;
        }
        String left = Expr.isLiteral(e.left()) ? e.left() : id(e.left());
        if (e.sign() == 0) {
            return left;
        }
        return left + (e.sign() > 0 ? " + " : " - ") + (Expr.isLiteral(e.right()) ? e.right() : id(e.right()));
    }

    private Step rename(Step step) {
        return switch (step) {
            case Step.Compute s -> s;
            case Step.Io s -> s;
            case Step.Sleep s -> s;
            case Step.Exit s -> s;
            case Step.Acquire s -> new Step.Acquire(target(s.target()), s.blocking(), s.timeoutMs());
            case Step.Release s -> new Step.Release(target(s.target()));
            case Step.With s -> new Step.With(target(s.target()), rewrite(s.body()));
            case Step.Wait s -> new Step.Wait(target(s.target()), s.timeoutMs());
            case Step.Notify s -> new Step.Notify(target(s.target()), s.n());
            case Step.NotifyAll s -> new Step.NotifyAll(target(s.target()));
            case Step.SetEvent s -> new Step.SetEvent(target(s.target()));
            case Step.ClearEvent s -> new Step.ClearEvent(target(s.target()));
            case Step.Put s -> new Step.Put(target(s.target()), expr(s.value()), s.block(), s.timeoutMs());
            case Step.Get s -> new Step.Get(target(s.target()), local(s.as()), s.block(), s.timeoutMs());
            case Step.TaskDone s -> new Step.TaskDone(target(s.target()));
            case Step.Join s -> new Step.Join(target(s.target()), s.timeoutMs());
            case Step.Start s -> new Step.Start(target(s.target()));
            case Step.Cancel s -> new Step.Cancel(target(s.target()));
            case Step.Read s -> new Step.Read(target(s.target()), local(s.as()));
            case Step.Write s -> new Step.Write(target(s.target()), expr(s.value()));
            case Step.Increment s -> new Step.Increment(target(s.target()), s.by());
            case Step.Repeat s -> new Step.Repeat(s.times(), local(s.as()), rewrite(s.body()));
            case Step.Print s -> new Step.Print(PLACEHOLDER.matcher(s.text())
                    .replaceAll(m -> Matcher.quoteReplacement("{" + id(m.group(1)) + "}")));
            case Step.If s -> new Step.If(condition(s.condition()), rewrite(s.then()), rewrite(s.otherwise()));
            case Step.While s -> new Step.While(condition(s.condition()), rewrite(s.body()));
            case Step.Break s -> s;
            case Step.SpinUntil s -> new Step.SpinUntil(Condition.parse(s.condition()).map(c -> c.anyOf().stream()
                    .map(all -> all.stream().map(x -> operand(x.left()) + " " + x.op().python() + " " + operand(x.right()))
                            .collect(Collectors.joining(" and "))).collect(Collectors.joining(" or ")))
                    .orElse(s.condition()));
        };
    }

    /** A condition with the lab's ids for the program's names (and for objects and threads named later). */
    private String condition(String text) {
        return dev.threadlab.engine.model.Expression.read(text).value()
                .map(e -> e.rename(name -> target(ConditionReader.decode(name))).text()).orElse(text);
    }

    private String operand(String o) {
        return Expr.isLiteral(o) ? o : id(o);
    }

    // ---- runtime, title and notes -----------------------------------------------------------------------------------

    private RuntimeConfig runtime() {
        RuntimeConfig r = RuntimeConfig.defaults();
        JsonNode cores = reader.labData.get("_lab_CORES");
        if (cores != null && cores.path("v").isIntegralNumber()) {
            r = r.withCores(cores.path("v").asInt());
        }
        if (reader.switchIntervalMs != null) {
            r = r.withSwitchIntervalMs(reader.switchIntervalMs);
        }
        JsonNode rt = reader.labData.get("_lab_RUNTIME");
        if (rt != null) {
            for (int i = 0; i < rt.path("keys").size(); i++) {
                String key = rt.path("keys").path(i).path("v").asString();
                JsonNode v = rt.path("values").path(i).path("v");
                r = switch (key) {
                    case "model" -> r.withModel(v.asString().equals(Model.FREE_THREADED.json()) ? Model.FREE_THREADED : Model.GIL);
                    case "seed" -> r.withSeed(v.asLong());
                    case "policy" -> r.withPolicy(v.asString().equals(Policy.FIFO.json()) ? Policy.FIFO : Policy.RANDOM);
                    default -> r;
                };
            }
        }
        return r;
    }

    /** Title and notes: the exporter's header comments, else a title for a pasted program. */
    private String[] header() {
        Map<Integer, String> comments = new TreeMap<>(reader.comments);
        int generated = comments.entrySet().stream().filter(e -> e.getValue().startsWith("# Generated by Thread Lab."))
                .map(Map.Entry::getKey).findFirst().orElse(-1);
        if (generated < 0) {
            return new String[]{"Imported program", ""};
        }
        List<String> lines = new ArrayList<>();
        for (int line = 2; line < generated - 1; line++) {
            String c = comments.getOrDefault(line, "#");
            lines.add(c.length() > 2 ? c.substring(2) : "");
        }
        if (lines.isEmpty()) {
            return new String[]{"", ""};
        }
        String title = lines.getFirst().equals("Thread Lab scenario") ? "" : lines.getFirst();
        String notes = lines.size() > 2 ? String.join("\n", lines.subList(2, lines.size())) : "";
        return new String[]{title, notes};
    }
}
