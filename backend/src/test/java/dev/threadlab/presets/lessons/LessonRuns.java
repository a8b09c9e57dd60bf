package dev.threadlab.presets.lessons;

import dev.threadlab.engine.Limits;
import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.RunResult;
import dev.threadlab.engine.RunSummary;
import dev.threadlab.engine.Simulator;
import dev.threadlab.engine.ThreadSummary;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.json.LabJson;
import dev.threadlab.json.ScenarioParser;
import dev.threadlab.json.SummaryJson;
import dev.threadlab.lessons.Grader;
import dev.threadlab.lessons.Lesson;
import dev.threadlab.presets.PresetLibrary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The shipped presets, read the way the server reads them (classpath library, JSON adapter) and run the way a
 * learner runs them (the engine, with the preset's own seed and default costs). Runs are cached: a preset's run is
 * deterministic, so every test that asks for it sees the same one.
 */
final class LessonRuns {

    static final LabJson JSON = new LabJson(64);
    static final PresetLibrary LIBRARY = PresetLibrary.fromClasspath(JSON);
    static final ScenarioParser PARSER = new ScenarioParser(Limits.defaults());
    static final List<String> SECTIONS = List.of("1. Why concurrency", "2. Processes vs threads", "3. The GIL",
            "4. The _thread module", "5. The threading.Thread class", "6. Lock and RLock", "7. Event", "8. Condition",
            "9. Semaphore and BoundedSemaphore", "10. Timer and daemon threads", "11. Queue: producer-consumer",
            "12. Thread pools", "13. FAQ", "14. Classics");

    private static final Map<String, RunResult> RUNS = new ConcurrentHashMap<>();

    private LessonRuns() {
    }

    static List<String> ids() {
        return LIBRARY.list().stream().map(PresetLibrary.PresetInfo::id).toList();
    }

    static PresetLibrary.Preset preset(String id) {
        return LIBRARY.find(id).orElseThrow(() -> new AssertionError("no preset " + id));
    }

    static Lesson lesson(String id) {
        return preset(id).lesson();
    }

    static Scenario scenario(String id) {
        return PARSER.parse(preset(id).scenario());
    }

    static RunResult run(String id) {
        return RUNS.computeIfAbsent(id, key -> Simulator.run(scenario(key), RunOptions.defaults()));
    }

    static RunSummary summary(String id) {
        return run(id).summary();
    }

    static Grader.Verdict verdict(String id) {
        return Grader.grade(lesson(id), SummaryJson.observed(summary(id)));
    }

    static ThreadSummary thread(RunSummary summary, String threadId) {
        return summary.threads().stream().filter(t -> t.id().equals(threadId)).findFirst()
                .orElseThrow(() -> new AssertionError("no thread " + threadId + " in " + summary.threads()));
    }

    /**
     * The preset's scenario with every {@code repeat} cut down to at most {@code times} iterations: the same shape,
     * small enough for the {@link dev.threadlab.engine.explore.Enumerator} to run every schedule.
     */
    static Scenario shrunk(String id, int times) {
        return shrunk(id, times, Integer.MAX_VALUE);
    }

    /** As {@link #shrunk(String, int)}, with every thread's {@code count} also cut down to at most {@code count}. */
    static Scenario shrunk(String id, int times, int count) {
        JsonNode copy = preset(id).scenario().deepCopy();
        cap(copy, times, count);
        return PARSER.parse(copy);
    }

    /**
     * As {@link #shrunk(String, int)}, after an edit to the preset's scenario JSON (the way a learner edits it when the
     * notes say "What to try").
     */
    static Scenario shrunk(String id, int times, Consumer<ObjectNode> edit) {
        ObjectNode copy = (ObjectNode) preset(id).scenario().deepCopy();
        edit.accept(copy);
        cap(copy, times, Integer.MAX_VALUE);
        return PARSER.parse(copy);
    }

    private static void cap(JsonNode node, int times, int count) {
        if (node instanceof ObjectNode object) {
            if ("repeat".equals(object.path("op").asString("")) && object.path("times").asInt() > times) {
                object.put("times", times);
            }
            if (object.has("body") && !object.has("op") && object.path("count").asInt(1) > count) {
                object.put("count", count);
            }
        }
        for (JsonNode child : node) {
            cap(child, times, count);
        }
    }
}
