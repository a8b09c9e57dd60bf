package dev.threadlab.ui.editor;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The scenario being edited, as the JSON tree of DESIGN.md §2, with the edits the diagram offers.
 * Keys the editor does not know are kept, so a scenario survives a round trip through the editor.
 * Steps are addressed by {@link StepPath}, the same paths the API uses in its validation errors.
 */
final class ScenarioDocument {

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();


    private final ObjectNode root;

    private ScenarioDocument(ObjectNode root) {
        this.root = root;
    }

    static ScenarioDocument empty() {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", 1);
        root.put("title", "Untitled diagram");
        root.put("notes", "");
        ObjectNode runtime = root.putObject("runtime");
        runtime.put("model", "gil").put("cores", 4).put("switchIntervalMs", 5).put("seed", 1).put("policy", "random");
        root.putArray("objects");
        root.putArray("threads");
        return new ScenarioDocument(root);
    }

    /** Reads a scenario; a preset's {@code lesson} is not part of the scenario and is left out. */
    static ScenarioDocument parse(String json) {
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("This is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new IllegalArgumentException("A scenario is a JSON object ({ … }).");
        }
        object.remove("lesson");
        if (!object.has("objects")) {
            object.putArray("objects");
        }
        if (!object.has("threads")) {
            object.putArray("threads");
        }
        return new ScenarioDocument(object);
    }

    ScenarioDocument copy() {
        return new ScenarioDocument(root.deepCopy());
    }

    String toJson() {
        return JSON.writeValueAsString(root);
    }

    String toCompactJson() {
        return JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }

    ObjectNode root() {
        return root;
    }

    String title() {
        return root.path("title").asString("");
    }

    void setTitle(String title) {
        root.put("title", title);
    }

    String notes() {
        return root.path("notes").asString("");
    }

    ObjectNode runtime() {
        JsonNode runtime = root.get("runtime");
        return runtime instanceof ObjectNode o ? o : root.putObject("runtime");
    }

    // ---- objects ----
    ArrayNode objects() {
        return (ArrayNode) root.get("objects");
    }

    List<String> objectIds(Set<String> types) {
        List<String> ids = new ArrayList<>();
        objects().forEach(o -> {
            if (types.isEmpty() || types.contains(o.path("type").asString(""))) {
                ids.add(o.path("id").asString(""));
            }
        });
        return ids;
    }

    ObjectNode addObject(String type) {
        ObjectNode o = objects().addObject();
        o.put("id", freshId(ObjectKinds.baseId(type)));
        o.put("type", type);
        ObjectKinds.defaults(type, o);
        return o;
    }

    /**
     * Gives object {@code index} the id {@code to} and renames the references to {@code from} (step targets and
     * Condition locks) with it, unless that would be ambiguous: when {@code from} or {@code to} is blank, or either
     * is the id of another object, only the object's own id changes. Returns whether the references were renamed.
     */
    boolean renameObject(int index, String from, String to) {
        ObjectNode renamed = (ObjectNode) objects().get(index);
        renamed.put("id", to);
        if (!renamesReferences(from, to, otherIds(objects(), index))) {
            return false;
        }
        objects().forEach(o -> {
            if (o.path("lock").asString("").equals(from)) {
                ((ObjectNode) o).put("lock", to);
            }
        });
        threads().forEach(t -> renameTargets(t.path("body"), from, to, false));
        return true;
    }

    /**
     * Gives thread {@code index} the id {@code to} and renames the {@code start}/{@code join}/{@code cancel} steps
     * that target {@code from}, with the same care as {@link #renameObject}. Returns whether they were renamed.
     */
    boolean renameThread(int index, String from, String to) {
        thread(index).put("id", to);
        if (!renamesReferences(from, to, otherIds(threads(), index))) {
            return false;
        }
        threads().forEach(t -> renameTargets(t.path("body"), from, to, true));
        return true;
    }

    private static boolean renamesReferences(String from, String to, Set<String> others) {
        return !from.isBlank() && !to.isBlank() && !others.contains(from) && !others.contains(to);
    }

    private static Set<String> otherIds(ArrayNode nodes, int except) {
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (i != except) {
                ids.add(nodes.get(i).path("id").asString(""));
            }
        }
        return ids;
    }

    /** Renames the targets {@code from} of thread steps ({@code threadSteps}) or of object steps (otherwise). */
    private static void renameTargets(JsonNode body, String from, String to, boolean threadSteps) {
        body.forEach(step -> {
            if (StepCatalog.op(step).map(StepCatalog::targetsThread).orElse(false) == threadSteps
                    && step.path("target").asString("").equals(from)) {
                ((ObjectNode) step).put("target", to);
            }
            StepPath.Branch.of(step).forEach(b -> renameTargets(step.get(b.key()), from, to, threadSteps));
        });
    }

    void removeObject(int index) {
        objects().remove(index);
    }

    // ---- threads ----
    ArrayNode threads() {
        return (ArrayNode) root.get("threads");
    }

    ObjectNode thread(int index) {
        return (ObjectNode) threads().get(index);
    }

    ObjectNode addThread() {
        ObjectNode t = threads().addObject();
        t.put("id", freshId("t"));
        t.putArray("body");
        return t;
    }

    void removeThread(int index) {
        threads().remove(index);
    }

    List<String> threadIds() {
        List<String> ids = new ArrayList<>();
        threads().forEach(t -> ids.add(t.path("id").asString("")));
        return ids;
    }

    // ---- steps ----
    /** A list of steps: a thread's body, or one list ({@code body}, {@code then}, {@code else}) of a block step. */
    ArrayNode steps(StepPath.StepList list) {
        JsonNode node = list.owner().isThread() ? thread(list.owner().thread()) : step(list.owner());
        JsonNode steps = node.get(list.branch().key());
        return steps instanceof ArrayNode a ? a : ((ObjectNode) node).putArray(list.branch().key());
    }

    ObjectNode step(StepPath path) {
        return (ObjectNode) steps(path.list()).get(path.last());
    }

    static boolean isContainer(JsonNode step) {
        return StepCatalog.op(step).map(op -> !op.blocks().isEmpty()).orElse(false);
    }

    /** Where steps go into a block: its body, or the {@code then} of an {@code if}. */
    static StepPath.Branch firstBranch(JsonNode block) {
        return StepCatalog.op(block).flatMap(op -> op.blocks().stream().findFirst()).map(StepPath.Branch::ofKey)
                .orElse(StepPath.Branch.BODY);
    }

    /** The list a step added to block {@code block} (at {@code path}) goes into: see {@link #firstBranch}. */
    static StepPath.StepList into(StepPath path, JsonNode block) {
        return new StepPath.StepList(path, firstBranch(block));
    }

    /** Inserts {@code step} into {@code list} at {@code index} (clamped) and returns its path. */
    StepPath insert(StepPath.StepList list, int index, ObjectNode step) {
        ArrayNode steps = steps(list);
        int at = Math.max(0, Math.min(index, steps.size()));
        steps.insert(at, step);
        return list.child(at);
    }

    void remove(StepPath path) {
        steps(path.list()).remove(path.last());
        prune(path.list());
    }

    /** An {@code else} left empty is dropped: an {@code if} without one is the same program. */
    private void prune(StepPath.StepList list) {
        if (list.branch() == StepPath.Branch.ELSE && steps(list).isEmpty()) {
            step(list.owner()).remove(list.branch().key());
        }
    }

    /** Moves a step up (−1) or down (+1) among its siblings; returns its new path (unchanged at an edge). */
    StepPath move(StepPath path, int delta) {
        ArrayNode steps = steps(path.list());
        int to = path.last() + delta;
        if (to < 0 || to >= steps.size()) {
            return path;
        }
        JsonNode step = steps.remove(path.last());
        steps.insert(to, step);
        return path.sibling(to);
    }

    /** Replaces a step by a block ({@code with}, {@code repeat}, {@code while}, {@code if}) holding it; returns the block's path. */
    StepPath wrap(StepPath path, ObjectNode block) {
        ArrayNode steps = steps(path.list());
        JsonNode step = steps.get(path.last());
        block.putArray(firstBranch(block).key()).add(step);
        steps.set(path.last(), block);
        return path;
    }

    /**
     * Moves a step into the end of the block just above it (the {@code else} of an {@code if} that has one, else its
     * {@code then}); returns its new path (unchanged if there is no block above).
     */
    StepPath indent(StepPath path) {
        if (path.last() == 0) {
            return path;
        }
        StepPath above = path.sibling(path.last() - 1);
        JsonNode block = step(above);
        if (!isContainer(block)) {
            return path;
        }
        JsonNode step = steps(path.list()).remove(path.last());
        StepPath.StepList target = block.path("else").isArray()
                ? new StepPath.StepList(above, StepPath.Branch.ELSE) : into(above, block);
        ArrayNode steps = steps(target);
        steps.add(step);
        return target.child(steps.size() - 1);
    }

    /** Moves a step out of its block, just after the block; returns its new path (unchanged at top level). */
    StepPath outdent(StepPath path) {
        StepPath parent = path.parent();
        if (parent.isThread()) {
            return path;
        }
        JsonNode step = steps(path.list()).remove(path.last());
        prune(path.list());
        steps(parent.list()).insert(parent.last() + 1, step);
        return parent.sibling(parent.last() + 1);
    }

    /** An id not used by any object, thread or process: {@code base}, {@code base2}, {@code base3} … */
    String freshId(String base) {
        Set<String> used = new java.util.HashSet<>(objectIds(Set.of()));
        used.addAll(threadIds());
        root.path("processes").forEach(p -> used.add(p.path("id").asString("")));
        if (!used.contains(base) && !base.equals("t")) {
            return base;
        }
        for (int i = base.equals("t") ? 1 : 2; ; i++) {
            if (!used.contains(base + i)) {
                return base + i;
            }
        }
    }
}
