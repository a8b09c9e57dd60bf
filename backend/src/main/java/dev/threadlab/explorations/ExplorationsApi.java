package dev.threadlab.explorations;

import dev.threadlab.engine.Limits;
import dev.threadlab.engine.explore.ExploreMonitor;
import dev.threadlab.json.LabJson;
import dev.threadlab.json.ScenarioParser;
import dev.threadlab.api.SimulationSlots;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The explorer over HTTP. {@code POST /api/explore} answers at once (bounded by {@code maxMillis}, default 10 s, at
 * most 30 s); {@code POST /api/explorations} starts a long one (default 60 s, at most 10 min) and answers 202 with its
 * id; {@code GET /api/explorations/{id}} gives its state, last progress and, once ended, its result;
 * {@code DELETE /api/explorations/{id}} cancels it (the partial result says {@code stoppedBy: "cancelled"}). Progress
 * is pushed over {@code WS /ws/explorations/{id}} ({@link ExplorationStream}).
 */
public final class ExplorationsApi {

    static final long SYNC_DEFAULT_MS = 10_000;
    static final long SYNC_CAP_MS = 30_000;
    static final long ASYNC_DEFAULT_MS = 60_000;
    static final long ASYNC_CAP_MS = 600_000;

    private final LabJson json;
    private final ScenarioParser parser;
    private final Limits limits;
    private final int maxSchedules;
    private final ExplorationJobs jobs;
    private final SimulationSlots slots;

    public ExplorationsApi(LabJson json, ScenarioParser parser, Limits limits, int maxSchedules, ExplorationJobs jobs,
                           SimulationSlots slots) {
        this.slots = slots;
        this.json = json;
        this.parser = parser;
        this.limits = limits;
        this.maxSchedules = maxSchedules;
        this.jobs = jobs;
    }

    public void explore(Context ctx) {
        ExplorationRequest request = ExplorationRequest.read(ctx.bodyAsBytes(), json, parser, limits, maxSchedules,
                SYNC_DEFAULT_MS, SYNC_CAP_MS);
        // A synchronous search computes on the request's thread, so it holds a simulation slot as a run does.
        ctx.json(slots.call(() -> request.explore(ExploreMonitor.NONE)));
    }

    public void start(Context ctx) {
        ExplorationRequest request = ExplorationRequest.read(ctx.bodyAsBytes(), json, parser, limits, maxSchedules,
                ASYNC_DEFAULT_MS, ASYNC_CAP_MS);
        ExplorationJobs.Job job = jobs.start(request);
        ctx.header("Location", "/api/explorations/" + job.id());
        ctx.status(HttpStatus.ACCEPTED).json(status(job));
    }

    public void get(Context ctx) {
        ctx.json(status(jobs.find(ctx.pathParam("id"))));
    }

    public void cancel(Context ctx) {
        ExplorationJobs.Job job = jobs.find(ctx.pathParam("id"));
        job.cancel();
        ctx.status(HttpStatus.ACCEPTED).json(status(job));
    }

    /** {@code {id, state, progress, result, error, ws}}. */
    static Map<String, Object> status(ExplorationJobs.Job job) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", job.id());
        out.put("state", job.state().jsonName());
        out.put("progress", job.lastProgress());
        out.put("result", job.result());
        out.put("error", job.failure());
        out.put("ws", "/ws/explorations/" + job.id());
        return out;
    }
}
