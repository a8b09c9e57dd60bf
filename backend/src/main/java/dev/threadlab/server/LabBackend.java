package dev.threadlab.server;

import dev.threadlab.api.ClientGate;
import dev.threadlab.api.HourlyQuota;
import dev.threadlab.api.JettyProblems;
import dev.threadlab.api.OpenApi;
import dev.threadlab.api.Problems;
import dev.threadlab.explorations.ExplorationJobs;
import dev.threadlab.explorations.ExplorationStream;
import dev.threadlab.explorations.ExplorationsApi;
import dev.threadlab.explorations.SchedulerApi;
import dev.threadlab.export.ExportApi;
import dev.threadlab.importer.ImportApi;
import dev.threadlab.importer.PythonAst;
import dev.threadlab.importer.PythonImporter;
import dev.threadlab.reality.PythonSandbox;
import dev.threadlab.reality.RealityApi;
import dev.threadlab.reality.RealityService;
import dev.threadlab.json.LabJson;
import dev.threadlab.json.ScenarioParser;
import dev.threadlab.persistence.Database;
import dev.threadlab.presets.PresetApi;
import dev.threadlab.presets.PresetLibrary;
import dev.threadlab.rooms.Rooms;
import dev.threadlab.runs.EventPages;
import dev.threadlab.runs.RunApi;
import dev.threadlab.runs.RunRecipes;
import dev.threadlab.runs.RunCache;
import dev.threadlab.runs.RunService;
import dev.threadlab.runs.RunStats;
import dev.threadlab.runs.RunStream;
import dev.threadlab.runs.Simulation;
import dev.threadlab.api.SimulationSlots;
import dev.threadlab.scenarios.ScenarioApi;
import dev.threadlab.scenarios.ScenarioStore;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson3;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.compression.CompressionPool;
import org.eclipse.jetty.util.compression.DeflaterPool;

import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;

import java.util.EnumSet;
import java.util.Map;
import java.util.zip.Deflater;

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
        configure(cfg, settings, Simulation.ENGINE);
    }

    /** As {@link #configure(JavalinConfig, LabSettings)}, with a stand-in for the engine's runs (tests). */
    public static void configure(JavalinConfig cfg, LabSettings settings, Simulation simulation) {
        LabSettings.Limits limits = settings.limits();
        LabJson json = new LabJson(limits.maxJsonDepth());
        Database database = Database.open(settings.database());
        cfg.events.serverStopped(database::close);
        server(cfg, settings, json);

        ScenarioParser parser = new ScenarioParser(limits.engine());
        ScenarioApi scenarios = new ScenarioApi(new ScenarioStore(database), json, parser,
                new HourlyQuota("saved scenarios", settings.web().scenarioSavesPerHour(), settings.web().scenarioBytesPerHour(),
                        System::nanoTime), new dev.threadlab.rooms.ClientAddress(settings.cluster().trustedProxies()));
        PresetApi presets = new PresetApi(PresetLibrary.fromClasspath(json));
        RunCache cache = new RunCache(limits.runCacheBytes());
        SimulationSlots slots = new SimulationSlots(limits.simulationSlots(), limits.slotWaitMs());
        RunService runService = new RunService(cache, json, parser, new RunRecipes(database), limits.engine(),
                limits.keptEventsPerRun(), simulation, slots);
        RunApi runs = new RunApi(runService, new EventPages(runService, json,
                new ClientGate("event pages past a run's kept events", settings.web().regenerationsAtOnce())), json, parser);
        RunStream stream = new RunStream(runService, json, limits.wsBatchEvents(), limits.wsSendTimeoutMs(),
                slots);

        cfg.routes.get("/api/health", ctx -> ctx.json(Map.of("status", "ok")));
        cfg.routes.get("/api/openapi.json", new OpenApi()::serve);
        ExplorationJobs jobs = new ExplorationJobs(Math.max(1, Runtime.getRuntime().availableProcessors()));
        Observability observability = new Observability();
        observability.install(cfg, slots, cache, stream, jobs);
        ExplorationsApi explorations = new ExplorationsApi(json, parser, limits.engine(), limits.maxExploreSchedules(),
                jobs, slots);
        cfg.routes.post("/api/explore", explorations::explore);
        cfg.routes.post("/api/explorations", explorations::start);
        cfg.routes.get("/api/explorations/{id}", explorations::get);
        cfg.routes.delete("/api/explorations/{id}", explorations::cancel);
        cfg.routes.ws("/ws/explorations/{id}", new ExplorationStream(jobs, json)::configure);
        cfg.routes.post("/api/scheduler", new SchedulerApi(json, parser, runService)::next);
        cfg.routes.get("/api/stats", ctx -> ctx.json(RunStats.of(cache, limits.runCacheBytes(), stream)));
        cfg.routes.get("/api/presets", presets::list);
        cfg.routes.get("/api/presets/{id}", presets::get);
        cfg.routes.post("/api/scenarios", scenarios::create);
        cfg.routes.get("/api/scenarios/{id}", scenarios::get);
        ExportApi export = new ExportApi(json, parser);
        cfg.routes.post("/api/export/python", export::python);
        cfg.routes.post("/api/export/lines", export::lines);
        cfg.routes.post("/api/import/python", new ImportApi(json, new PythonImporter(new PythonAst(
                new PythonSandbox(settings.reality().python(), 20))))::python);
        RealityApi reality = new RealityApi(json, parser, new RealityService(settings.reality(), limits.engine(), slots,
                json.mapper()));
        cfg.routes.get("/api/reality", reality::status);
        cfg.routes.post("/api/reality", reality::compare);
        cfg.routes.post("/api/runs", runs::create);
        cfg.routes.get("/api/runs/{id}", runs::get);
        cfg.routes.get("/api/runs/{id}/events", runs::events);
        cfg.routes.get("/api/runs/{id}/timeline", runs::timeline);
        cfg.routes.get("/api/runs/{id}/state", runs::state);
        cfg.routes.ws("/ws/runs/{id}", stream::configure);
        observability.bind(Rooms.install(cfg, settings.rooms(), limits.engine(), settings.cluster(),
                database.dataSource(), json.mapper(), parser, runService));
    }

    private static void server(JavalinConfig cfg, LabSettings settings, LabJson json) {
        cfg.jsonMapper(new JavalinJackson3(json.mapper(), false));
        cfg.http.maxRequestSize = settings.maxBodyBytes();
        cfg.startup.showJavalinBanner = false;
        cfg.jetty.host = settings.host();
        cfg.jetty.port = settings.port();
        // permessage-deflate at zlib's fastest level: a run's event batches shrink about as much as at the default
        // level for a third of the CPU, and every reader of a big run deflates all of it (RunStream's fairness notes).
        cfg.jetty.modifyServer(server -> server.addBean(
                new DeflaterPool(CompressionPool.DEFAULT_CAPACITY, Deflater.BEST_SPEED, true)));
        // a connection that sends nothing for this long (mid-header or mid-body) is closed
        cfg.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(settings.web().idleTimeoutMs()));
        // ...and one that trickles its headers a byte at a time is closed after this long in all
        cfg.jetty.modifyServer(server -> server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                for (var connector : server.getConnectors()) {
                    HeaderDeadline.install(connector, settings.web().headerTimeoutMs());
                }
            }
        }));
        cfg.jetty.modifyWebSocketServletFactory(ws -> {
            ws.setMaxTextMessageSize(settings.limits().maxWsMessageBytes());
            ws.setMaxBinaryMessageSize(settings.limits().maxWsMessageBytes());
        });
        // Javalin's WebSocket upgrade sets a JSESSIONID at "/" that would clobber Vaadin's session (docs/STACK.md).
        cfg.jetty.modifyServletContextHandler(h -> {
            h.getSessionHandler().setSessionCookie("LAB_API_SESSION");
            h.getSessionHandler().setHttpOnly(true);
            h.getSessionHandler().setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.STRICT);
            h.setErrorHandler(new JettyProblems());
            // a request body must arrive at LAB_MIN_REQUEST_BYTES_PER_SECOND or faster, or the request fails (408)
            h.insertHandler(new MinimumDataRateHandler(settings.web().minBytesPerSecond(), 0));
            // The API keeps nothing in sessions: the one each WebSocket upgrade makes goes at once (SocketSessions).
            h.addFilter(new FilterHolder(new SocketSessions()), "/ws/*", EnumSet.of(DispatcherType.REQUEST));
        });
        cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
        Problems.install(cfg);
        new RequestPolicy(settings.web().allowedOrigins()).install(cfg);
    }

    /** Starts the backend alone (no UI) on the settings' port. */
    public static Javalin start(LabSettings settings) {
        return start(settings, Simulation.ENGINE);
    }

    public static Javalin start(LabSettings settings, Simulation simulation) {
        return Javalin.create(cfg -> configure(cfg, settings, simulation)).start();
    }

    public static void main(String[] args) {
        Javalin app = start(LabSettings.fromEnvironment(System.getenv()));
        System.out.println("Thread Lab API listening on http://localhost:" + app.port() + "/api/health");
    }
}
