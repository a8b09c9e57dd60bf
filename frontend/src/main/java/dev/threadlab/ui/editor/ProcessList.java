package dev.threadlab.ui.editor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

import java.util.LinkedHashSet;
import java.util.Set;

/** Keeps {@code processes} (DESIGN.md §2) in step with the processes the threads name. */
final class ProcessList {

    private ProcessList() {
    }

    static void sync(ScenarioDocument doc) {
        Set<String> named = new LinkedHashSet<>();
        doc.threads().forEach(t -> {
            String p = t.path("process").asString("");
            if (!p.isBlank() && !p.equals("main")) {
                named.add(p);
            }
        });
        Set<String> declared = new LinkedHashSet<>();
        JsonNode existing = doc.root().path("processes");
        ArrayNode kept = ScenarioDocument.JSON.createArrayNode();
        existing.forEach(p -> {
            String id = p.path("id").asString("");
            if (named.contains(id)) {
                kept.add(p);
                declared.add(id);
            }
        });
        named.stream().filter(p -> !declared.contains(p)).forEach(p -> kept.addObject().put("id", p));
        if (kept.isEmpty()) {
            doc.root().remove("processes");
        } else {
            doc.root().set("processes", kept);
        }
    }
}
