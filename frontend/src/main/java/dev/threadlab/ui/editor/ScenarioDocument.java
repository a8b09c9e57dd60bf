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

    private static final Set<String> CONTAINERS = Set.of("with", "repeat");

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
            if (StepCatalog.targetsThread(step.path("op").asString("")) == threadSteps
                    && step.path("target").asString("").equals(from)) {
                ((ObjectNode) step).put("target", to);
            }
            renameTargets(step.path("body"), from, to, threadSteps);
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
    /** The body a path's steps live in: a thread's body, or a {@code with}/{@code repeat} step's body. */
    ArrayNode body(StepPath container) {
        JsonNode node = container.isThread() ? thread(container.thread()) : step(container);
        JsonNode body = node.get("body");
        return body instanceof ArrayNode a ? a : ((ObjectNode) node).putArray("body");
    }

    ObjectNode step(StepPath path) {
        return (ObjectNode) body(path.parent()).get(path.last());
    }

    static boolean isContainer(JsonNode step) {
        return CONTAINERS.contains(step.path("op").asString(""));
    }

    /** Inserts {@code step} into {@code container}'s body at {@code index} (clamped) and returns its path. */
    StepPath insert(StepPath container, int index, ObjectNode step) {
        ArrayNode body = body(container);
        int at = Math.max(0, Math.min(index, body.size()));
        body.insert(at, step);
        return container.child(at);
    }

    void remove(StepPath path) {
        body(path.parent()).remove(path.last());
    }

    /** Moves a step up (−1) or down (+1) among its siblings; returns its new path (unchanged at an edge). */
    StepPath move(StepPath path, int delta) {
        ArrayNode body = body(path.parent());
        int to = path.last() + delta;
        if (to < 0 || to >= body.size()) {
            return path;
        }
        JsonNode step = body.remove(path.last());
        body.insert(to, step);
        return path.sibling(to);
    }

    /** Replaces a step by a {@code with}/{@code repeat} block holding it; returns the block's path. */
    StepPath wrap(StepPath path, ObjectNode block) {
        ArrayNode body = body(path.parent());
        JsonNode step = body.get(path.last());
        block.putArray("body").add(step);
        body.set(path.last(), block);
        return path;
    }

    /** Moves a step into the end of the block just above it; returns its new path (unchanged if none). */
    StepPath indent(StepPath path) {
        if (path.last() == 0) {
            return path;
        }
        StepPath above = path.sibling(path.last() - 1);
        if (!isContainer(step(above))) {
            return path;
        }
        JsonNode step = body(path.parent()).remove(path.last());
        ArrayNode target = body(above);
        target.add(step);
        return above.child(target.size() - 1);
    }

    /** Moves a step out of its block, just after the block; returns its new path (unchanged at top level). */
    StepPath outdent(StepPath path) {
        StepPath parent = path.parent();
        if (parent.isThread()) {
            return path;
        }
        JsonNode step = body(parent).remove(path.last());
        body(parent.parent()).insert(parent.last() + 1, step);
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
