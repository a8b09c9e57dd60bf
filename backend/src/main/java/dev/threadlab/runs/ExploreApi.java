package dev.threadlab.runs;

import dev.threadlab.api.ProblemException;
import dev.threadlab.engine.explore.Enumerator;
import dev.threadlab.json.LabJson;
import dev.threadlab.json.ScenarioParser;
import dev.threadlab.json.TreeReader;
import io.javalin.http.Context;
import tools.jackson.databind.JsonNode;

import java.util.Set;

/** {@code POST /api/explore}: a thin wrapper over the engine's {@link Enumerator}. */
public final class ExploreApi {

    private final LabJson json;
    private final ScenarioParser parser;
    private final int maxSchedules;

    public ExploreApi(LabJson json, ScenarioParser parser, int maxSchedules) {
        this.json = json;
        this.parser = parser;
        this.maxSchedules = maxSchedules;
    }

    public void explore(Context ctx) {
        JsonNode body = json.parseObject(ctx.bodyAsBytes());
        TreeReader in = new TreeReader();
        in.onlyKeys(body, "", Set.of("scenario", "maxSchedules"));
        var scenario = in.object(body, "scenario", "", true);
        int max = in.integer(body, "maxSchedules", "", false, 1, maxSchedules).map(Long::intValue).orElse(1_000);
        if (!in.problems().isEmpty()) {
            throw ScenarioParser.invalid(in.problems());
        }
        try {
            ctx.json(Enumerator.enumerate(parser.parse(scenario.orElseThrow()), max));
        } catch (UnsupportedOperationException e) {
            throw new ProblemException(501, "Not Implemented", "The schedule explorer is not available yet.");
        }
    }
}
