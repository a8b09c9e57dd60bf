package dev.threadlab.importer;

import dev.threadlab.api.ProblemException;
import dev.threadlab.api.Problems;
import dev.threadlab.json.LabJson;
import io.javalin.http.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/import/python} with {@code {"source": "..."}}: 200 {@code {"scenario", "notes": [{line, column,
 * message}]}}, or 422 problem+json whose {@code errors} list each construct the lab cannot model at its line and column.
 */
public final class ImportApi {

    private final LabJson json;
    private final PythonImporter importer;
    private final ScenarioJson scenarios;

    public ImportApi(LabJson json, PythonImporter importer) {
        this.json = json;
        this.importer = importer;
        this.scenarios = new ScenarioJson(json.mapper());
    }

    public void python(Context ctx) {
        JsonNode body = json.parseObject(ctx.bodyAsBytes());
        JsonNode source = body.path("source");
        if (!source.isString()) {
            throw ProblemException.badRequest("The body must be {\"source\": \"...\"}: the program's text as a string.");
        }
        try {
            ImportResult result = importer.read(source.asString());
            ObjectNode out = json.mapper().createObjectNode();
            out.set("scenario", scenarios.write(result.scenario()));
            out.set("notes", json.mapper().valueToTree(result.notes()));
            out.set("lines", json.mapper().valueToTree(result.lines()));
            ctx.contentType("application/json").result(json.write(out));
        } catch (ImportFailure e) {
            ObjectNode problem = json.mapper().createObjectNode()
                    .put("type", "about:blank").put("title", "Program not modelled").put("status", 422)
                    .put("detail", e.problems().size() + " construct(s) the lab cannot model: "
                            + String.join("; ", e.problems().stream().map(ImportFailure::describe).toList()));
            problem.set("errors", json.mapper().valueToTree(e.problems()));
            ctx.status(422).contentType(Problems.CONTENT_TYPE).result(json.write(problem));
        }
    }
}
