package dev.threadlab.ui.editor;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The same diagram three ways, for the comparison: under the GIL, free-threaded, and with every
 * thread moved into a process of its own (each process has its own GIL and its own copies of objects).
 */
final class Variants {

    /** One way of running the diagram. */
    record Variant(String key, String label, ScenarioDocument doc) {
    }

    private Variants() {
    }

    static List<Variant> of(ScenarioDocument doc) {
        return List.of(new Variant("gil", "Threads, GIL", withModel(doc, "gil")),
                new Variant("free-threaded", "Threads, free-threaded", withModel(doc, "free-threaded")),
                new Variant("processes", "Processes", asProcesses(doc)));
    }

    static ScenarioDocument withModel(ScenarioDocument doc, String model) {
        ScenarioDocument copy = doc.copy();
        copy.runtime().put("model", model);
        return copy;
    }

    /** Every thread except {@code main} runs in a process {@code p-<thread id>} of its own. */
    static ScenarioDocument asProcesses(ScenarioDocument doc) {
        ScenarioDocument copy = withModel(doc, "gil");
        ArrayNode processes = ScenarioDocument.JSON.createArrayNode();
        copy.threads().forEach(t -> {
            ObjectNode thread = (ObjectNode) t;
            String id = thread.path("id").asString("");
            if (!id.equals("main") && !thread.has("timer")) {
                String process = "p-" + id;
                thread.put("process", process);
                processes.addObject().put("id", process);
            }
        });
        if (!processes.isEmpty()) {
            copy.root().set("processes", processes);
        }
        return copy;
    }
}
