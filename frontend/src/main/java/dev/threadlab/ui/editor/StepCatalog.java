package dev.threadlab.ui.editor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Set;

/**
 * Every step of DESIGN.md §2: how the palette groups them, which fields each has, what a new one
 * starts with (the first fitting object of the diagram), and its one line of Python.
 */
final class StepCatalog {

    /** A field of a step as the inspector edits it. */
    record Field(String key, String label, Kind kind, boolean optional) {
    }

    /**
     * How a field is edited and stored: TEXT is always a string; EXPR (a {@code write}/{@code put} value) is an
     * integer or an expression, stored as a JSON number when it is an integer literal.
     */
    enum Kind { TARGET, INT, TEXT, EXPR, BOOLEAN }

    /** A palette group: a heading and its ops. */
    record Group(String title, List<String> ops) {
    }

    static final List<Group> PALETTE = List.of(
            new Group("Work", List.of("compute", "io", "sleep", "print")),
            new Group("Shared ints", List.of("read", "write", "increment", "spinUntil")),
            new Group("Locks", List.of("with", "acquire", "release")),
            new Group("Signals", List.of("wait", "notify", "notifyAll", "set", "clear")),
            new Group("Queues", List.of("put", "get", "taskDone")),
            new Group("Threads", List.of("start", "join", "cancel", "exit")),
            new Group("Flow", List.of("repeat", "if", "while", "break")));

    private StepCatalog() {
    }

    static List<Field> fields(String op) {
        Field target = new Field("target", "target", Kind.TARGET, false);
        Field timeout = new Field("timeoutMs", "timeout (ms)", Kind.INT, true);
        return switch (op) {
            case "compute", "sleep" -> List.of(new Field("ms", "ms", Kind.INT, false));
            case "io" -> List.of(new Field("ms", "ms", Kind.INT, false), new Field("label", "label", Kind.TEXT, true));
            case "acquire" -> List.of(target, new Field("blocking", "blocking", Kind.BOOLEAN, true), timeout);
            case "release", "with", "set", "clear", "taskDone", "start", "cancel", "notifyAll" -> List.of(target);
            case "wait", "join" -> List.of(target, timeout);
            case "notify" -> List.of(target, new Field("n", "n", Kind.INT, true));
            case "put" -> List.of(target, new Field("value", "value", Kind.EXPR, true), timeout);
            case "get" -> List.of(target, new Field("as", "as", Kind.TEXT, true), timeout);
            case "read" -> List.of(target, new Field("as", "as", Kind.TEXT, false));
            case "write" -> List.of(target, new Field("value", "value", Kind.EXPR, false));
            case "increment" -> List.of(target, new Field("by", "by", Kind.INT, true));
            case "repeat" -> List.of(new Field("times", "times", Kind.INT, false), new Field("as", "as", Kind.TEXT, true));
            case "print" -> List.of(new Field("text", "text", Kind.TEXT, false));
            case "spinUntil" -> List.of(new Field("condition", "until", Kind.TEXT, false));
            case "if", "while" -> List.of(new Field("condition", "condition (Python)", Kind.TEXT, false));
            default -> List.of();
        };
    }

    /** Which objects (or threads, for start/join/cancel) a step's target may name. */
    static Set<String> targetTypes(String op) {
        return switch (op) {
            case "acquire", "release", "with" -> ObjectKinds.ACQUIRABLE;
            case "wait" -> Set.of("Condition", "Event");
            case "notify", "notifyAll" -> Set.of("Condition");
            case "set", "clear" -> Set.of("Event");
            case "put", "get", "taskDone" -> ObjectKinds.QUEUES;
            case "read", "write", "increment" -> Set.of("int");
            default -> Set.of();
        };
    }

    private static final Set<String> THREAD_OPS = Set.of("start", "join", "cancel");

    static boolean targetsThread(String op) {
        return THREAD_OPS.contains(op);
    }

    /** The first shared int of the diagram, for a condition to start from (a name to fix when there is none). */
    private static String firstInt(ScenarioDocument doc) {
        return doc.objectIds(Set.of("int")).stream().findFirst().orElse("flag");
    }

    /** A new step of {@code op} with sensible values taken from the diagram. */
    static ObjectNode newStep(String op, ScenarioDocument doc, String ownThread) {
        ObjectNode s = ScenarioDocument.JSON.createObjectNode();
        s.put("op", op);
        if (fields(op).stream().anyMatch(f -> f.kind() == Kind.TARGET)) {
            List<String> candidates = targetsThread(op)
                    ? doc.threadIds().stream().filter(t -> !t.equals(ownThread)).toList()
                    : doc.objectIds(targetTypes(op));
            s.put("target", candidates.isEmpty() ? "" : candidates.getFirst());
        }
        switch (op) {
            case "compute", "sleep" -> s.put("ms", 1);
            case "io" -> s.put("ms", 10);
            case "read" -> s.put("as", "tmp");
            case "write" -> s.put("value", "tmp + 1");
            case "put" -> s.put("value", 1); // a literal is valid anywhere; a local name may not be bound yet
            case "get" -> s.put("as", "item");
            case "repeat" -> s.put("times", 3);
            case "print" -> s.put("text", "hello");
            case "spinUntil" -> s.put("condition", firstInt(doc) + " == 1");
            case "if" -> s.put("condition", firstInt(doc) + " == 0");
            case "while" -> s.put("condition", firstInt(doc) + " < 3");
            default -> {
            }
        }
        if (ScenarioDocument.isContainer(s)) {
            s.putArray(ScenarioDocument.firstBranch(s).key());
        }
        return s;
    }

    /**
     * The step's line of Python (DESIGN.md §2: one step, one line), from the renderer the exported script and the
     * timeline use; a step still being filled in shows its op.
     */
    static String python(JsonNode s) {
        return dev.threadlab.json.StepJson.header(s).map(dev.threadlab.export.PythonLine::of)
                .orElse(s.path("op").asString("?"));
    }
}
