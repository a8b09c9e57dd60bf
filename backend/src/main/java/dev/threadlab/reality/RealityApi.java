package dev.threadlab.reality;

import dev.threadlab.json.LabJson;
import dev.threadlab.json.ScenarioParser;
import io.javalin.http.Context;

/**
 * {@code POST /api/reality}: the scenario run by the lab and, exported, by the server's real CPython, side by side
 * ({@link Reality}); {@code GET /api/reality}: whether the server has a Python to run it in.
 */
public final class RealityApi {

    /** {@code GET /api/reality}: the interpreter's version, or null and what to install. */
    public record Status(String python, String install) {
    }

    private final LabJson json;
    private final ScenarioParser parser;
    private final RealityService service;

    public RealityApi(LabJson json, ScenarioParser parser, RealityService service) {
        this.json = json;
        this.parser = parser;
        this.service = service;
    }

    public void status(Context ctx) {
        ctx.json(service.python().map(v -> new Status(v, null)).orElseGet(() -> new Status(null, service.installHint())));
    }

    public void compare(Context ctx) {
        ctx.json(service.compare(parser.parse(json.parseObject(ctx.bodyAsBytes()))));
    }
}
