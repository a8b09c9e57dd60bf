package dev.threadlab.presets;

import dev.threadlab.api.ProblemException;
import io.javalin.http.Context;

/** {@code GET /api/presets} (the catalogue, in teaching order) and {@code GET /api/presets/{id}} (the scenario). */
public final class PresetApi {

    private final PresetLibrary library;

    public PresetApi(PresetLibrary library) {
        this.library = library;
    }

    public void list(Context ctx) {
        ctx.json(library.list());
    }

    public void get(Context ctx) {
        String id = ctx.pathParam("id");
        PresetLibrary.Preset preset = library.find(id).orElseThrow(() ->
                ProblemException.notFound("No preset has the id \"" + id + "\"."));
        ctx.contentType("application/json").result(preset.json());
    }
}
