package dev.threadlab.rooms;

import dev.threadlab.api.ProblemException;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.json.ScenarioParser;
import dev.threadlab.engine.Timing;
import dev.threadlab.runs.RunRecipe;
import dev.threadlab.runs.RunService;
import dev.threadlab.cluster.ClusterSettings;
import io.javalin.config.JavalinConfig;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The classroom feature's one entry point: {@code POST /api/rooms}, {@code GET /api/rooms/{code}[/qr.svg]} and
 * {@code WS /ws/rooms/{code}}, with their store, hubs and grader.
 */
public final class Rooms {

    private static final Logger LOG = LoggerFactory.getLogger(Rooms.class);

    private Rooms() {
    }

    /**
     * @param limits       the classroom's limits (members, join rates, floods, graders)
     * @param engineLimits what one graded or started run may cost
     * @param cluster      Redis and the trusted proxies, when the rooms span several nodes
     * @param parser reads scenario JSON into the engine's model (for grading and for {@code Run {"scenario"}})
     * @param runs   starts runs for {@code Run {"scenario"}}, so students' timelines can fetch them by runId
     * @return the classroom's meters (rooms, members, grading queue), for the server's metrics
     */
    public static MeterBinder install(JavalinConfig cfg, RoomLimits limits, dev.threadlab.engine.Limits engineLimits,
                               ClusterSettings cluster, DataSource dataSource, JsonMapper mapper,
                               ScenarioParser parser, RunService runs) {
        java.util.function.Function<JsonNode, Scenario> reader = tree -> readScenario(parser, tree);
        RoomStore store = new RoomStore(dataSource, mapper);
        RoomWrites writes = new RoomWrites(store);
        Grading grading = new Grading(new Grader(new EngineChallenges(reader, engineLimits)), limits.graders());
        FanOut fanOut = new FanOut(Math.max(2, Runtime.getRuntime().availableProcessors()));
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("room-scheduler").factory());
        RoomBus bus = bus(cluster, mapper);
        RoomServices services = new RoomServices(store, writes, new RoomProtocol(mapper), grading, scheduler,
                new Secrets(), System::currentTimeMillis, limits, starter(reader, runs), fanOut, bus);
        RoomRegistry registry = new RoomRegistry(services);
        bus.listen(registry::receive);
        if (bus.shared()) {
            scheduler.scheduleWithFixedDelay(() -> heartbeat(bus, registry), RedisBus.HEARTBEAT_MS,
                    RedisBus.HEARTBEAT_MS, TimeUnit.MILLISECONDS);
        }
        JoinGuard joins = new JoinGuard(limits.failedJoinsPerMinute(), limits.joinsPerMinute(), System::nanoTime);
        ClientAddress addresses = new ClientAddress(cluster.trustedProxies());
        RoomApi api = new RoomApi(registry, joins,
                new AddressRateLimit(limits.roomsCreatedPerMinute(), System::nanoTime), mapper, addresses);
        RoomSocket socket = new RoomSocket(registry, services, joins, addresses);

        cfg.routes.post("/api/rooms", api::create);
        cfg.routes.get("/api/rooms/{code}", api::get);
        cfg.routes.get("/api/rooms/{code}/qr.svg", api::qr);
        cfg.routes.ws("/ws/rooms/{code}", socket::configure);
        scheduler.scheduleWithFixedDelay(socket::pingAll, RoomSocket.PING_SECONDS, RoomSocket.PING_SECONDS,
                TimeUnit.SECONDS);
        cfg.events.serverStopping(() -> {
            scheduler.shutdownNow();
            grading.close();
            writes.close();
            fanOut.close();
            bus.close();
        });
        return new RoomMeters(registry, grading);
    }

    /** Starts the runs a room shows ({@code Run {"scenario"}}): valid scenarios only, and ungraded. */
    private static RunStarter starter(java.util.function.Function<JsonNode, Scenario> reader, RunService runs) {
        return tree -> {
            reader.apply(tree);   // valid, or the room says why
            // a room's run is not graded: its recipe leaves the lesson out
            JsonNode ungraded = tree.isObject() ? ((tools.jackson.databind.node.ObjectNode) tree.deepCopy()).without("lesson") : tree;
            return runs.run(new RunRecipe(ungraded, List.of(), false, Timing.SIMULATED)).runId();
        };
    }

    /** Redis when the settings name one (then every node of the school shares the rooms), else this node alone. */
    private static RoomBus bus(ClusterSettings cluster, JsonMapper mapper) {
        if (cluster.redisUrl() == null) {
            return new LocalBus();
        }
        String node = cluster.nodeName() != null ? cluster.nodeName()
                : "node-" + new Secrets().newToken().substring(0, 8);
        return new RedisBus(cluster.redisUrl(), node, new ClusterJson(mapper));
    }

    private static void heartbeat(RoomBus bus, RoomRegistry registry) {
        try {
            registry.keepNodes(bus.heartbeat());
        } catch (RuntimeException e) {
            LOG.warn("Could not reach Redis for the heartbeat", e);
        }
    }

    /** The API's reader, with its 422 problem turned into the readable refusal rooms expect. */
    private static Scenario readScenario(ScenarioParser parser, JsonNode tree) {
        try {
            return parser.parse(tree);
        } catch (ProblemException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
