package dev.threadlab.rooms;

import dev.threadlab.engine.model.Scenario;
import dev.threadlab.json.ScenarioParser;
import dev.threadlab.server.LabSettings;
import io.javalin.config.JavalinConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The classroom feature's one entry point: {@code POST /api/rooms}, {@code GET /api/rooms/{code}[/qr.svg]} and
 * {@code WS /ws/rooms/{code}}, with their store, hubs and grader. Limits come from {@link RoomLimits#fromSystem(int)}.
 */
public final class Rooms {

    private Rooms() {
    }

    public static void install(JavalinConfig cfg, LabSettings settings, DataSource dataSource, JsonMapper mapper) {
        RoomLimits limits = RoomLimits.fromSystem(settings.limits().maxWsMessageBytes());
        RoomStore store = new RoomStore(dataSource, mapper);
        RoomWrites writes = new RoomWrites(store);
        Grading grading = new Grading(new Grader(new EngineChallenges(Rooms::readScenario)), limits.graders());
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("room-scheduler").factory());
        RoomServices services = new RoomServices(store, writes, new EventWriter(mapper), grading, scheduler,
                new Secrets(), System::currentTimeMillis, limits, RunStarter.UNAVAILABLE);
        RoomRegistry registry = new RoomRegistry(services);
        JoinGuard joins = new JoinGuard(limits.joinsPerMinute(), System::nanoTime);
        RoomApi api = new RoomApi(registry, joins, new JoinGuard(limits.roomsCreatedPerMinute(), System::nanoTime),
                mapper);
        RoomSocket socket = new RoomSocket(registry, services, joins, new CommandReader(mapper));

        cfg.routes.post("/api/rooms", api::create);
        cfg.routes.get("/api/rooms/{code}", api::get);
        cfg.routes.get("/api/rooms/{code}/qr.svg", api::qr);
        cfg.routes.ws("/ws/rooms/{code}", socket::configure);
        cfg.events.serverStopping(() -> {
            scheduler.shutdownNow();
            grading.close();
            writes.close();
        });
    }

    /** The API's scenario reader, once it yields the engine's model; until then grading answers "not yet". */
    private static Scenario readScenario(JsonNode tree) {
        Object parsed = new ScenarioParser().parse(tree);
        if (parsed instanceof Scenario scenario) {
            return scenario;
        }
        throw new UnsupportedOperationException("the scenario reader for the engine has not landed");
    }
}
