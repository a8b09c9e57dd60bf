package dev.threadlab.export;

import dev.threadlab.json.LabJson;
import dev.threadlab.json.ScenarioParser;
import io.javalin.http.Context;

/** {@code POST /api/export/python}: the scenario as a runnable CPython 3 script ({@code text/x-python}). */
public final class ExportApi {

    private final LabJson json;
    private final ScenarioParser parser;

    public ExportApi(LabJson json, ScenarioParser parser) {
        this.json = json;
        this.parser = parser;
    }

    /** {@code POST /api/export/lines}: the scenario's Python view, {@code {"lines": [{text, indent, path}]}}. */
    public void lines(Context ctx) {
        var lines = PythonView.of(parser.parse(json.parseObject(ctx.bodyAsBytes())));
        ctx.contentType("application/json").result(json.write(json.mapper().valueToTree(java.util.Map.of("lines", lines))));
    }

    public void python(Context ctx) {
        String script = PythonExporter.export(parser.parse(json.parseObject(ctx.bodyAsBytes())));
        ctx.contentType("text/x-python; charset=utf-8").result(script);
    }
}
