package dev.threadlab.server;

import dev.threadlab.api.Problems;
import dev.threadlab.json.LabJson;
import dev.threadlab.json.ScenarioParser;
import dev.threadlab.persistence.Database;
import dev.threadlab.presets.PresetApi;
import dev.threadlab.presets.PresetLibrary;
import dev.threadlab.scenarios.ScenarioApi;
import dev.threadlab.scenarios.ScenarioStore;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson3;

import java.util.Map;

/**
 * Builds the backend: REST under {@code /api}, WebSockets under {@code /ws}. The one factory where
 * every part is wired (Javalin style: no annotations, no reflection). The UI module composes the
 * same configuration with the Vaadin servlet on one port; {@link #start} runs the backend alone.
 */
public final class LabBackend {

    private LabBackend() {
    }

    /** Adds the lab's routes, JSON mapping and error handling to a Javalin configuration. */
    public static void configure(JavalinConfig cfg, LabSettings settings) {
        LabJson json = new LabJson(settings.limits().maxJsonDepth());
        Database database = Database.open(settings);
        cfg.events.serverStopped(database::close);

        cfg.jsonMapper(new JavalinJackson3(json.mapper(), false));
        cfg.http.maxRequestSize = settings.maxBodyBytes();
        cfg.startup.showJavalinBanner = false;
        cfg.jetty.host = settings.host();
        cfg.jetty.port = settings.port();
        // Javalin's WebSocket upgrade sets a JSESSIONID at "/" that would clobber Vaadin's session (STACK.md).
        cfg.jetty.modifyServletContextHandler(h -> h.getSessionHandler().setSessionCookie("LAB_API_SESSION"));
        Problems.install(cfg);

        ScenarioParser parser = new ScenarioParser();
        ScenarioApi scenarios = new ScenarioApi(new ScenarioStore(database), json, parser);
        PresetApi presets = new PresetApi(PresetLibrary.fromClasspath(json));

        cfg.routes.get("/api/health", ctx -> ctx.json(Map.of("status", "ok")));
        cfg.routes.get("/api/presets", presets::list);
        cfg.routes.get("/api/presets/{id}", presets::get);
        cfg.routes.post("/api/scenarios", scenarios::create);
        cfg.routes.get("/api/scenarios/{id}", scenarios::get);
    }

    /** Starts the backend alone (no UI) on the settings' port. */
    public static Javalin start(LabSettings settings) {
        return Javalin.create(cfg -> configure(cfg, settings)).start();
    }

    public static void main(String[] args) {
        Javalin app = start(LabSettings.fromEnvironment(System.getenv()));
        System.out.println("Thread Lab API listening on http://localhost:" + app.port() + "/api/health");
    }
}
