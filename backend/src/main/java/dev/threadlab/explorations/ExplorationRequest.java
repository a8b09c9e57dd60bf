package dev.threadlab.explorations;

import dev.threadlab.engine.Limits;
import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.Timing;
import dev.threadlab.engine.explore.Exploration;
import dev.threadlab.engine.explore.ExploreMonitor;
import dev.threadlab.engine.explore.Explorer;
import dev.threadlab.engine.explore.ExploreOptions;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.json.LabJson;
import dev.threadlab.json.ScenarioParser;
import dev.threadlab.json.TreeReader;
import dev.threadlab.lessons.Lesson;
import tools.jackson.databind.JsonNode;

import java.util.Optional;
import java.util.Set;

/**
 * The body of {@code POST /api/explore} and {@code POST /api/explorations}:
 * {@code {"scenario", "maxSchedules"?, "maxDepth"?, "maxMillis"?, "reduce"?, "timing"?}}; {@code timing} is
 * {@code "any"} (the default: every execution CPython permits) or {@code "simulated"} (only the clock's ties). The scenario's {@code lesson}, when
 * present, grades the outcomes.
 */
public record ExplorationRequest(Scenario scenario, Optional<Lesson> lesson, ExploreOptions options) {

    /** Runs this search (watched by {@code monitor}) and answers it as JSON, with how long it took. */
    ExplorationJson explore(ExploreMonitor monitor) {
        long t0 = System.nanoTime();
        Exploration e = Explorer.explore(scenario, options, monitor);
        return ExplorationJson.of(this, e, (System.nanoTime() - t0) / 1_000_000);
    }

    private static final Set<String> KEYS = Set.of("scenario", "maxSchedules", "maxDepth", "maxMillis", "reduce",
            "timing");

    /** Reads and checks a request; {@code maxMillis} defaults to {@code defaultMillis} and is capped at {@code capMillis}. */
    public static ExplorationRequest read(byte[] body, LabJson json, ScenarioParser parser, Limits limits,
                                          int maxSchedules, long defaultMillis, long capMillis) {
        JsonNode root = json.parseObject(body);
        TreeReader in = new TreeReader();
        in.onlyKeys(root, "", KEYS);
        Optional<JsonNode> scenarioNode = in.object(root, "scenario", "", true);
        int schedules = in.integer(root, "maxSchedules", "", false, 1, maxSchedules).map(Long::intValue)
                .orElse(Math.min(maxSchedules, ExploreOptions.DEFAULT_MAX_SCHEDULES));
        int depth = in.integer(root, "maxDepth", "", false, 1, 1_000_000).map(Long::intValue)
                .orElse(ExploreOptions.DEFAULT_MAX_DEPTH);
        long millis = in.integer(root, "maxMillis", "", false, 1, capMillis).orElse(defaultMillis);
        boolean reduce = in.bool(root, "reduce", "").orElse(true);
        Timing timing = in.timing(root, Timing.ANY);
        if (!in.problems().isEmpty()) {
            throw ScenarioParser.invalid(in.problems());
        }
        ScenarioParser.Parsed parsed = parser.parseWithLesson(scenarioNode.orElseThrow());
        ExploreOptions options = ExploreOptions.defaults().withMaxSchedules(schedules).withMaxDepth(depth)
                .withMaxMillis(millis).withReduce(reduce).withRun(RunOptions.defaults().withLimits(limits))
                .withTiming(timing);
        return new ExplorationRequest(parsed.scenario(), parsed.lesson(), options);
    }
}
