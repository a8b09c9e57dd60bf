package dev.threadlab.json;

import dev.threadlab.api.ProblemException;
import dev.threadlab.api.ProblemException.FieldError;
import dev.threadlab.engine.InvalidScenarioException;
import dev.threadlab.engine.Limits;
import dev.threadlab.engine.model.Model;
import dev.threadlab.engine.model.ObjectDecl;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.Policy;
import dev.threadlab.engine.model.ProcessDecl;
import dev.threadlab.engine.model.RuntimeConfig;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.ThreadDecl;
import dev.threadlab.engine.validate.Problem;
import dev.threadlab.engine.validate.Validator;
import dev.threadlab.lessons.Lesson;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.threadlab.json.TreeReader.at;

/**
 * Reads scenario JSON (docs/DESIGN.md §2) into the engine's model and refuses it, with every problem and its JSON
 * path, when it cannot run: first what the JSON itself gets wrong (types, missing or unknown keys, unknown
 * ops), then what the engine's {@link Validator} finds. The answer is a 422 problem listing them all.
 * Unknown keys are problems, except {@code x-…} keys anywhere and a top-level {@code lesson} (presets).
 */
public final class ScenarioParser {

    private static final Set<String> TOP = Set.of("schema", "title", "notes", "runtime", "objects", "processes",
            "threads", "lesson");
    private static final Set<String> RUNTIME = Set.of("model", "cores", "switchIntervalMs", "seed", "policy");
    private static final Set<String> OBJECT = Set.of("id", "type", "value", "lock", "maxsize");
    private static final Set<String> PROCESS = Set.of("id", "start");
    private static final Set<String> THREAD = Set.of("id", "name", "count", "daemon", "start", "process", "timer", "body");
    private static final Pattern TOP_LIST_ITEM = Pattern.compile("(objects|processes|threads)\\[(\\d+)]");
    private static final Set<String> TYPES = Set.copyOf(Arrays.stream(ObjectType.values()).map(ObjectType::json).toList());

    private final Limits limits;

    public ScenarioParser(Limits limits) {
        this.limits = limits;
    }

    /** A parsed scenario and the lesson it carries, if any. */
    public record Parsed(Scenario scenario, Optional<Lesson> lesson) {
    }

    /** The scenario, or a 422 {@link ProblemException} listing every problem. */
    public Scenario parse(JsonNode root) {
        return parseWithLesson(root).scenario();
    }

    /** As {@link #parse}, with the scenario's top-level {@code lesson} (read and checked once, here). */
    public Parsed parseWithLesson(JsonNode root) {
        TreeReader in = new TreeReader();
        Map<String, List<Integer>> read = new HashMap<>();
        Parsed parsed = read(root, in, read);
        Scenario scenario = parsed.scenario();
        List<FieldError> problems = new ArrayList<>(in.problems());
        for (Problem p : Validator.validate(scenario, limits)) {
            String path = jsonPath(p.path(), read);
            if (problems.stream().noneMatch(known -> within(path, known.path()))) {
                problems.add(new FieldError(path, p.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return parsed;
    }

    /** The engine's refusal of a scenario as the same 422, every problem at its JSON path. */
    public static ProblemException invalid(InvalidScenarioException e) {
        return invalid(e.problems().stream().map(p -> new FieldError(p.path(), p.message())).toList());
    }

    public static ProblemException invalid(List<FieldError> problems) {
        String first = problems.getFirst().path() + ": " + problems.getFirst().message();
        String detail = problems.size() == 1 ? "The scenario has a problem: " + first
                : "The scenario has " + problems.size() + " problems; the first: " + first;
        return new ProblemException(422, "Invalid scenario", detail, problems);
    }

    /**
     * The validator numbers the items of {@code objects}, {@code processes} and {@code threads} as read; items that are
     * not objects are left out, so its {@code threads[i]} is the request's {@code threads[read.get("threads").get(i)]}.
     */
    private static String jsonPath(String path, Map<String, List<Integer>> read) {
        Matcher m = TOP_LIST_ITEM.matcher(path);
        if (!m.lookingAt() || !read.containsKey(m.group(1))) {
            return path;
        }
        return TreeReader.at(m.group(1), read.get(m.group(1)).get(Integer.parseInt(m.group(2)))) + path.substring(m.end());
    }

    /** Whether {@code path} is {@code prefix} or inside it ({@code threads[1]} holds {@code threads[1].id}, not {@code threads[10]}). */
    private static boolean within(String path, String prefix) {
        return prefix.isEmpty() || path.equals(prefix) || path.startsWith(prefix + ".") || path.startsWith(prefix + "[");
    }

    private Parsed read(JsonNode root, TreeReader in, Map<String, List<Integer>> read) {
        if (!root.isObject()) {
            in.problem("", "a scenario must be a JSON object, not " + LabJson.describe(root));
            return new Parsed(Scenario.of(null, List.of(), List.of(), List.of()), Optional.empty());
        }
        in.onlyKeys(root, "", TOP);
        int schema = in.integer(root, "schema", "", true, Integer.MIN_VALUE, Integer.MAX_VALUE)
                .map(Long::intValue).orElse(Scenario.SCHEMA);
        String title = in.string(root, "title", "", false).orElse("");
        String notes = in.string(root, "notes", "", false).orElse("");
        RuntimeConfig runtime = in.object(root, "runtime", "", false).map(r -> runtime(r, in))
                .orElse(RuntimeConfig.defaults());
        List<ObjectDecl> objects = list(root, "objects", in, read, (n, p) -> object(n, p, in));
        List<ProcessDecl> processes = list(root, "processes", in, read, (n, p) -> process(n, p, in));
        List<ThreadDecl> threads = list(root, "threads", in, read, (n, p) -> thread(n, p, in));
        Optional<Lesson> lesson = root.has("lesson") ? new LessonReader(in).read(root.get("lesson"), "lesson")
                : Optional.empty();
        return new Parsed(new Scenario(schema, title, notes, runtime, objects, processes, threads), lesson);
    }

    private <T> List<T> list(JsonNode root, String key, TreeReader in, Map<String, List<Integer>> read,
                             BiFunction<JsonNode, String, T> item) {
        List<T> items = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        read.put(key, indexes);
        in.array(root, key, "", false).ifPresent(array -> {
            for (int i = 0; i < array.size(); i++) {
                String path = at(key, i);
                if (array.get(i).isObject()) {
                    items.add(item.apply(array.get(i), path));
                    indexes.add(i);
                } else {
                    in.problem(path, "must be an object, not " + LabJson.describe(array.get(i)));
                }
            }
        });
        return items;
    }

    private RuntimeConfig runtime(JsonNode node, TreeReader in) {
        RuntimeConfig d = RuntimeConfig.defaults();
        in.onlyKeys(node, "runtime", RUNTIME);
        return new RuntimeConfig(
                in.oneOf(node, "model", "runtime", false, Set.of("gil", "free-threaded")).map(Model::fromJson).orElse(d.model()),
                in.integer(node, "cores", "runtime", false, 1, 64).map(Long::intValue).orElse(d.cores()),
                in.number(node, "switchIntervalMs", "runtime", false, 0.001, 1_000_000).orElse(d.switchIntervalMs()),
                in.integer(node, "seed", "runtime", false, Long.MIN_VALUE, Long.MAX_VALUE).orElse(d.seed()),
                in.oneOf(node, "policy", "runtime", false, Set.of("random", "fifo")).map(Policy::fromJson).orElse(d.policy()));
    }

    private ObjectDecl object(JsonNode node, String path, TreeReader in) {
        in.onlyKeys(node, path, OBJECT);
        return new ObjectDecl(
                in.string(node, "id", path, true).orElse(null),
                in.oneOf(node, "type", path, true, TYPES).map(ObjectType::fromJson).orElse(null),
                in.integer(node, "value", path, false, Long.MIN_VALUE, Long.MAX_VALUE).orElse(null),
                in.string(node, "lock", path, false).orElse(null),
                in.integer(node, "maxsize", path, false, 0, Integer.MAX_VALUE).map(Long::intValue).orElse(null));
    }

    private ProcessDecl process(JsonNode node, String path, TreeReader in) {
        in.onlyKeys(node, path, PROCESS);
        return new ProcessDecl(in.string(node, "id", path, true).orElse(null),
                in.oneOf(node, "start", path, false, Set.of("auto", "manual")).orElse(null));
    }

    private ThreadDecl thread(JsonNode node, String path, TreeReader in) {
        in.onlyKeys(node, path, THREAD);
        Double timer = in.object(node, "timer", path, false).map(t -> {
            in.onlyKeys(t, at(path, "timer"), Set.of("intervalMs"));
            return in.number(t, "intervalMs", at(path, "timer"), true, 0, maxMs()).orElse(0.0);
        }).orElse(null);
        return new ThreadDecl(
                in.string(node, "id", path, true).orElse(null),
                in.string(node, "name", path, false).orElse(null),
                in.integer(node, "count", path, false, 1, limits.maxThreads()).map(Long::intValue).orElse(1),
                in.bool(node, "daemon", path).orElse(false),
                in.oneOf(node, "start", path, false, Set.of("auto", "manual")).orElse(null),
                in.string(node, "process", path, false).orElse(null),
                timer,
                new StepReader(in, maxMs()).body(node, path, true));
    }

    private double maxMs() {
        return limits.maxVirtualSeconds() * 1000;
    }
}
