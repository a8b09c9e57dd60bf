package dev.threadlab.ui.editor;

import dev.threadlab.engine.model.StepOp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.threadlab.engine.model.StepOp.*;

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
    record Group(String title, List<StepOp> ops) {
    }

    static final List<Group> PALETTE = List.of(
            new Group("Work", List.of(COMPUTE, IO, SLEEP, PRINT)),
            new Group("Shared ints", List.of(READ, WRITE, INCREMENT, SPIN_UNTIL)),
            new Group("Locks", List.of(WITH, ACQUIRE, RELEASE)),
            new Group("Signals", List.of(WAIT, NOTIFY, NOTIFY_ALL, SET, CLEAR)),
            new Group("Queues", List.of(PUT, GET, TASK_DONE)),
            new Group("Threads", List.of(START, JOIN, CANCEL, EXIT)),
            new Group("Flow", List.of(REPEAT, IF, WHILE, BREAK)));

    private StepCatalog() {
    }

    /** The op of a step as the editor holds it, if it names one. */
    static Optional<StepOp> op(JsonNode step) {
        return StepOp.of(step.path("op").asString(""));
    }

    static List<Field> fields(StepOp op) {
        Field target = new Field("target", "target", Kind.TARGET, false);
        Field timeout = new Field("timeoutMs", "timeout (ms)", Kind.INT, true);
        return switch (op) {
            case COMPUTE, SLEEP -> List.of(new Field("ms", "ms", Kind.INT, false));
            case IO -> List.of(new Field("ms", "ms", Kind.INT, false), new Field("label", "label", Kind.TEXT, true));
            case ACQUIRE -> List.of(target, new Field("blocking", "blocking", Kind.BOOLEAN, true), timeout);
            case RELEASE, WITH, SET, CLEAR, TASK_DONE, START, CANCEL, NOTIFY_ALL -> List.of(target);
            case WAIT, JOIN -> List.of(target, timeout);
            case NOTIFY -> List.of(target, new Field("n", "n", Kind.INT, true));
            case PUT -> List.of(target, new Field("value", "value", Kind.EXPR, true), timeout);
            case GET -> List.of(target, new Field("as", "as", Kind.TEXT, true), timeout);
            case READ -> List.of(target, new Field("as", "as", Kind.TEXT, false));
            case WRITE -> List.of(target, new Field("value", "value", Kind.EXPR, false));
            case INCREMENT -> List.of(target, new Field("by", "by", Kind.INT, true));
            case REPEAT -> List.of(new Field("times", "times", Kind.INT, false), new Field("as", "as", Kind.TEXT, true));
            case PRINT -> List.of(new Field("text", "text", Kind.TEXT, false));
            case SPIN_UNTIL -> List.of(new Field("condition", "until", Kind.TEXT, false));
            case IF, WHILE -> List.of(new Field("condition", "condition (Python)", Kind.TEXT, false));
            case EXIT, BREAK -> List.of();
        };
    }

    /** Which objects a step's target may name (none for the steps on threads, see {@link #targetsThread}). */
    static Set<String> targetTypes(StepOp op) {
        return switch (op) {
            case ACQUIRE, RELEASE, WITH -> ObjectKinds.ACQUIRABLE;
            case WAIT -> Set.of("Condition", "Event");
            case NOTIFY, NOTIFY_ALL -> Set.of("Condition");
            case SET, CLEAR -> Set.of("Event");
            case PUT, GET, TASK_DONE -> ObjectKinds.QUEUES;
            case READ, WRITE, INCREMENT -> Set.of("int");
            case START, JOIN, CANCEL, COMPUTE, IO, SLEEP, REPEAT, PRINT, EXIT, SPIN_UNTIL, IF, WHILE, BREAK -> Set.of();
        };
    }

    /** Whether the step's target names a thread (start, join, cancel) rather than a shared object. */
    static boolean targetsThread(StepOp op) {
        return switch (op) {
            case START, JOIN, CANCEL -> true;
            case COMPUTE, IO, SLEEP, ACQUIRE, RELEASE, WITH, WAIT, NOTIFY, NOTIFY_ALL, SET, CLEAR, PUT, GET, TASK_DONE,
                 READ, WRITE, INCREMENT, REPEAT, PRINT, EXIT, SPIN_UNTIL, IF, WHILE, BREAK -> false;
        };
    }

    /** The first shared int of the diagram, for a condition to start from (a name to fix when there is none). */
    private static String firstInt(ScenarioDocument doc) {
        return doc.objectIds(Set.of("int")).stream().findFirst().orElse("flag");
    }

    /** A new step of {@code op} with sensible values taken from the diagram. */
    static ObjectNode newStep(StepOp op, ScenarioDocument doc, String ownThread) {
        ObjectNode s = ScenarioDocument.JSON.createObjectNode();
        s.put("op", op.jsonName());
        if (fields(op).stream().anyMatch(f -> f.kind() == Kind.TARGET)) {
            List<String> candidates = targetsThread(op)
                    ? doc.threadIds().stream().filter(t -> !t.equals(ownThread)).toList()
                    : doc.objectIds(targetTypes(op));
            s.put("target", candidates.isEmpty() ? "" : candidates.getFirst());
        }
        switch (op) {
            case COMPUTE, SLEEP -> s.put("ms", 1);
            case IO -> s.put("ms", 10);
            case READ -> s.put("as", "tmp");
            case WRITE -> s.put("value", "tmp + 1");
            case PUT -> s.put("value", 1); // a literal is valid anywhere; a local name may not be bound yet
            case GET -> s.put("as", "item");
            case REPEAT -> s.put("times", 3);
            case PRINT -> s.put("text", "hello");
            case SPIN_UNTIL -> s.put("condition", firstInt(doc) + " == 1");
            case IF -> s.put("condition", firstInt(doc) + " == 0");
            case WHILE -> s.put("condition", firstInt(doc) + " < 3");
            case ACQUIRE, RELEASE, WITH, WAIT, NOTIFY, NOTIFY_ALL, SET, CLEAR, TASK_DONE, JOIN, START, CANCEL, INCREMENT,
                 EXIT, BREAK -> {
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
