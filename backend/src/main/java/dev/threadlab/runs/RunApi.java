package dev.threadlab.runs;

import dev.threadlab.engine.Timing;
import dev.threadlab.api.ProblemException;
import dev.threadlab.api.QueryParams;
import dev.threadlab.engine.timeline.TimelineView;
import dev.threadlab.json.LabJson;
import dev.threadlab.json.ScenarioParser;
import dev.threadlab.json.TimelineJson;
import dev.threadlab.json.TreeReader;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The REST side of runs: {@code POST /api/runs}, {@code GET /api/runs/{id}}, its events and its timeline. */
public final class RunApi {

    private static final int DEFAULT_PAGE = 1_000;
    private static final int MAX_PAGE = 10_000;
    private static final int DEFAULT_PIXELS = 1_000;
    private static final int MAX_PIXELS = 20_000;

    private final RunService runs;
    private final EventPages pages;
    private final LabJson json;
    private final ScenarioParser parser;

    public RunApi(RunService runs, EventPages pages, LabJson json, ScenarioParser parser) {
        this.runs = runs;
        this.pages = pages;
        this.json = json;
        this.parser = parser;
    }

    /**
     * {@code {"scenario": {...}, "schedule"?: [choice, ...], "exploring"?: bool, "timing"?: "any" | "simulated"}} →
     * 201 with the run summary. {@code exploring} makes every eval breaker a choice, as in the explorer's witnesses;
     * {@code timing} (default {@code simulated}) is the timing the witness was found under.
     * <p>
     * With {@code Prefer: respond-async} (RFC 7240), a run not stored yet is computed in the background and the answer
     * is 202 at once, {@code {"runId": ..., "state": "computing"}}: {@code WS /ws/runs/{id}} streams its events while
     * they are computed, then its summary. A run already stored is 201 with its summary either way.
     */
    public void create(Context ctx) {
        JsonNode body = json.parseObject(ctx.bodyAsBytes());
        TreeReader in = new TreeReader();
        in.onlyKeys(body, "", Set.of("scenario", "schedule", "exploring", "timing"));
        boolean exploring = in.bool(body, "exploring", "").orElse(false);
        Timing timing = in.timing(body, Timing.SIMULATED);
        Optional<JsonNode> scenarioNode = in.object(body, "scenario", "", true);
        List<Integer> schedule = in.schedule(body);
        if (!in.problems().isEmpty()) {
            throw ScenarioParser.invalid(in.problems());
        }
        parser.parseWithLesson(scenarioNode.orElseThrow());   // a 422 naming every problem before anything runs
        RunRecipe recipe = new RunRecipe(scenarioNode.get(), schedule, exploring, timing);
        if (prefersAsync(ctx)) {
            String runId = runs.start(recipe);
            Optional<StoredRun> stored = runs.stored(runId);
            ctx.header("Location", "/api/runs/" + runId);
            if (stored.isPresent()) {
                ctx.status(HttpStatus.CREATED).contentType("application/json").result(stored.get().summaryJson());
            } else {
                ctx.status(HttpStatus.ACCEPTED).json(new Accepted(runId, "computing"));
            }
            return;
        }
        StoredRun run = runs.run(recipe);
        ctx.header("Location", "/api/runs/" + run.runId());
        ctx.status(HttpStatus.CREATED).contentType("application/json").result(run.summaryJson());
    }

    /** The 202 answer to an asynchronous {@code POST /api/runs}. */
    public record Accepted(String runId, String state) {
    }

    private static boolean prefersAsync(Context ctx) {
        String prefer = ctx.header("Prefer");
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split(",")) {
            if (preference.strip().toLowerCase(java.util.Locale.ROOT).startsWith("respond-async")) {
                return true;
            }
        }
        return false;
    }

    public void get(Context ctx) {
        StoredRun run = runs.find(ctx.pathParam("id"));
        ctx.contentType("application/json").result(run.summaryJson());
    }

    /** {@code ?from=SEQ&limit=N} (and {@code at=µs}: start at the first event at or after that time). */
    public void events(Context ctx) {
        StoredRun run = runs.find(ctx.pathParam("id"));
        long from = QueryParams.longParam(ctx, "from", 0, 0, Long.MAX_VALUE);
        long at = QueryParams.longParam(ctx, "at", 0, 0, Long.MAX_VALUE);
        int limit = QueryParams.intParam(ctx, "limit", DEFAULT_PAGE, 1, MAX_PAGE);
        ctx.contentType("application/json").result(pages.page(run, from, at, limit, ctx.ip()));
    }

    /** {@code ?from=µs&to=µs&resolution=µs} or {@code px=N} (resolution = (to - from) / px). */
    public void timeline(Context ctx) {
        StoredRun run = runs.find(ctx.pathParam("id"));
        long end = Math.max(1, (long) Math.ceil(run.elapsedMs() * 1000));
        long from = QueryParams.longParam(ctx, "from", 0, 0, Long.MAX_VALUE);
        long to = QueryParams.longParam(ctx, "to", end, 1, Long.MAX_VALUE);
        if (to <= from) {
            throw ProblemException.badRequest("Query parameter to (" + to + ") must be after from (" + from + ").");
        }
        int px = QueryParams.intParam(ctx, "px", DEFAULT_PIXELS, 1, MAX_PIXELS);
        long minResolution = Math.max(1, Math.ceilDiv(to - from, MAX_PIXELS));
        long resolution = QueryParams.longParam(ctx, "resolution", Math.max(1, Math.ceilDiv(to - from, px)),
                minResolution, Long.MAX_VALUE);
        byte[] answer = run.answers().answer(from, to, resolution, () -> timelineJson(run, from, to, resolution));
        ctx.contentType("application/json").result(answer);
    }

    /** {@code GET /api/runs/{id}/state?at=µs}: every object's and thread's state at that instant. */
    public void state(Context ctx) {
        StoredRun run = runs.find(ctx.pathParam("id"));
        long at = QueryParams.longParam(ctx, "at", 0, 0, Long.MAX_VALUE);
        ctx.json(runs.stateAt(run, at));
    }

    private byte[] timelineJson(StoredRun run, long from, long to, long resolution) {
        TimelineView view = (resolution >= run.timeline().detailUs() ? run.timeline() : runs.detail(run, from, to))
                .query(from, to, resolution);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = json.mapper().createGenerator(out)) {
            TimelineJson.write(view, g);
        }
        return out.toByteArray();
    }
}
