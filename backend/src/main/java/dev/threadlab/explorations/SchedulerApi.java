package dev.threadlab.explorations;

import dev.threadlab.engine.Timing;
import dev.threadlab.engine.ChoicePoint;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.json.LabJson;
import dev.threadlab.json.ScenarioParser;
import dev.threadlab.json.TreeReader;
import dev.threadlab.lessons.Grader;
import dev.threadlab.lessons.Lesson;
import dev.threadlab.lessons.Lesson.Expectation;
import dev.threadlab.runs.RunService;
import dev.threadlab.runs.RunRecipe;
import dev.threadlab.runs.StoredRun;
import io.javalin.http.Context;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "You are the scheduler": {@code POST /api/scheduler {"scenario", "schedule": [...]}} runs the scenario in exploring
 * mode along the learner's choices so far and answers the next choice point with its candidates, or, when the run
 * ends before another choice, the finished run (stored, so the playback can show it: {@code runId}) and whether the
 * lesson's {@code schedulerGoal} was reached. Undo is the client dropping the last choice and asking again.
 */
public final class SchedulerApi {

    private final LabJson json;
    private final ScenarioParser parser;
    private final RunService runs;

    public SchedulerApi(LabJson json, ScenarioParser parser, RunService runs) {
        this.json = json;
        this.parser = parser;
        this.runs = runs;
    }

    /** One answer: what the learner picks from. */
    public record Candidate(int index, String thread, String label) {
    }

    public void next(Context ctx) {
        JsonNode body = json.parseObject(ctx.bodyAsBytes());
        TreeReader in = new TreeReader();
        in.onlyKeys(body, "", Set.of("scenario", "schedule"));
        Optional<JsonNode> scenarioNode = in.object(body, "scenario", "", true);
        List<Integer> schedule = in.schedule(body);
        if (!in.problems().isEmpty()) {
            throw ScenarioParser.invalid(in.problems());
        }
        ScenarioParser.Parsed parsed = parser.parseWithLesson(scenarioNode.orElseThrow());
        Scenario scenario = parsed.scenario();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("position", schedule.size());
        Optional<ChoicePoint> next = runs.nextChoice(scenario, schedule);
        if (next.isPresent()) {
            out.put("choice", choice(next.get()));
            out.put("run", null);
            // the run so far: this schedule, then the first answer at every later choice; its events before the
            // choice's are the same as in any run that takes this schedule, so the page shows those only
            StoredRun sofar = runs.run(new RunRecipe(scenarioNode.get(), schedule, true, Timing.ANY));
            out.put("soFar", Map.of("runId", sofar.runId(), "events", next.get().events(), "atUs", next.get().atUs(),
                    "summary", json.mapper().readTree(sofar.summaryJson())));
        } else {
            StoredRun run = runs.run(new RunRecipe(scenarioNode.get(), schedule, true, Timing.ANY));
            out.put("choice", null);
            out.put("run", json.mapper().readTree(run.summaryJson()));
            out.put("goal", parsed.lesson().flatMap(Lesson::goal).map(goal -> goal(goal, run)).orElse(null));
        }
        ctx.json(out);
    }

    private static Map<String, Object> choice(ChoicePoint c) {
        List<Candidate> candidates = new ArrayList<>();
        if (c.preemption()) {
            String t = c.threads().get(0);
            candidates.add(new Candidate(0, t, "let " + t + " continue"));
            candidates.add(new Candidate(1, t, "switch " + t + " out (preempt it)"));
        } else {
            for (int i = 0; i < c.threads().size(); i++) {
                candidates.add(new Candidate(i, c.threads().get(i), c.threads().get(i) + " goes next"));
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", c.preemption() ? "preemption" : "pick");
        m.put("candidates", candidates);
        return m;
    }

    private static Map<String, Object> goal(Expectation goal, StoredRun run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("description", goal.description());
        m.put("reached", Grader.holds(goal.when(), run.observed()));
        m.put("outcome", run.observed().outcome());
        return m;
    }
}
