package dev.threadlab.server;

import dev.threadlab.cluster.ClusterSettings;
import dev.threadlab.cluster.TrustedProxies;
import dev.threadlab.persistence.Database;
import dev.threadlab.persistence.DatabaseSettings;
import dev.threadlab.rooms.RoomLimits;

import dev.threadlab.reality.RealitySettings;

import java.nio.file.Path;
import java.util.Map;

/**
 * Everything the lab reads from its environment, in one place.
 *
 * @param port         HTTP port; 0 picks a free one (tests)
 * @param host         interface to bind ({@code HOST}, default {@code 0.0.0.0}, every interface; tests bind loopback)
 * @param dataDir      where the embedded H2 database lives when no {@code dbUrl} is given
 * @param dbUrl        JDBC URL of an external database (PostgreSQL), or null for embedded H2
 * @param dbUser       user for {@code dbUrl}
 * @param dbPassword   password for {@code dbUrl}
 * @param maxBodyBytes largest request body accepted (docs/DESIGN.md §5: 1 MiB)
 * @param limits       the other limits of docs/DESIGN.md §5 and the run cache bounds
 * @param rooms        the classroom's limits (members, join rates, floods, graders)
 * @param web          what browsers and client addresses may do (origins, quotas, timeouts)
 * @param cluster      what several nodes of one school share: Redis, the trusted proxies, the database pool
 */
public record LabSettings(int port, String host, Path dataDir, String dbUrl, String dbUser, String dbPassword,
                          long maxBodyBytes, Limits limits, RoomLimits rooms, RealitySettings reality, WebLimits web,
                          ClusterSettings cluster) {

    public static final long ONE_MIB = 1L << 20;

    /**
     * Bounds on what one request may cost (docs/DESIGN.md §5). All configurable from the environment.
     *
     * @param maxThreads          threads per scenario after {@code count} expansion ({@code LAB_MAX_THREADS})
     * @param maxProcesses        processes per scenario ({@code LAB_MAX_PROCESSES})
     * @param maxVirtualSeconds   simulated time before a run ends with outcome {@code limit} ({@code LAB_MAX_VIRTUAL_SECONDS})
     * @param maxEvents           state changes before a run ends with outcome {@code limit} ({@code LAB_MAX_EVENTS})
     * @param maxJsonDepth        nesting depth of a request body ({@code LAB_MAX_JSON_DEPTH})
     * @param runCacheBytes       memory budget of the in-memory run cache, LRU ({@code LAB_RUN_CACHE_MB})
     * @param keptEventsPerRun    events kept in memory per run; later pages are regenerated ({@code LAB_KEPT_EVENTS})
     * @param wsBatchEvents       events per WebSocket batch ({@code LAB_WS_BATCH})
     * @param maxWsMessageBytes   largest message a WebSocket client may send ({@code LAB_MAX_WS_MESSAGE})
     * @param maxExploreSchedules schedules one explore request may enumerate ({@code LAB_MAX_EXPLORE})
     * @param wsSendTimeoutMs     how long a WebSocket client may leave a batch unread before it is dropped ({@code LAB_WS_SEND_TIMEOUT_MS})
     * @param simulationSlots     simulations (runs, replays, scheduler steps, synchronous explorations) computing at once
     *                            ({@code LAB_SIMULATION_SLOTS}, default one per CPU)
     * @param slotWaitMs          how long a request waits for a free slot before it gets 429 ({@code LAB_SLOT_WAIT_MS})
     */
    public record Limits(int maxThreads, int maxProcesses, long maxVirtualSeconds, long maxEvents, int maxJsonDepth,
                         long runCacheBytes, int keptEventsPerRun, int wsBatchEvents, int maxWsMessageBytes,
                         int maxExploreSchedules, long wsSendTimeoutMs, int simulationSlots, long slotWaitMs) {

        public static Limits defaults() {
            return new Limits(256, 16, 1_000_000, 50_000_000, 64, 256 * ONE_MIB, 200_000, 2_000, 64 * 1024, 5_000_000, 30_000,
                    Runtime.getRuntime().availableProcessors(), 60_000);
        }

        static Limits fromEnvironment(Map<String, String> env) {
            Limits d = defaults();
            return new Limits(
                    intVar(env, "LAB_MAX_THREADS", d.maxThreads),
                    intVar(env, "LAB_MAX_PROCESSES", d.maxProcesses),
                    longVar(env, "LAB_MAX_VIRTUAL_SECONDS", d.maxVirtualSeconds),
                    longVar(env, "LAB_MAX_EVENTS", d.maxEvents),
                    intVar(env, "LAB_MAX_JSON_DEPTH", d.maxJsonDepth),
                    longVar(env, "LAB_RUN_CACHE_MB", d.runCacheBytes / ONE_MIB) * ONE_MIB,
                    intVar(env, "LAB_KEPT_EVENTS", d.keptEventsPerRun),
                    intVar(env, "LAB_WS_BATCH", d.wsBatchEvents),
                    intVar(env, "LAB_MAX_WS_MESSAGE", d.maxWsMessageBytes),
                    intVar(env, "LAB_MAX_EXPLORE", d.maxExploreSchedules),
                    longVar(env, "LAB_WS_SEND_TIMEOUT_MS", d.wsSendTimeoutMs),
                    intVar(env, "LAB_SIMULATION_SLOTS", d.simulationSlots),
                    longVar(env, "LAB_SLOT_WAIT_MS", d.slotWaitMs));
        }

        public Limits withRunCacheBytes(long bytes) {
            return new Limits(maxThreads, maxProcesses, maxVirtualSeconds, maxEvents, maxJsonDepth, bytes,
                    keptEventsPerRun, wsBatchEvents, maxWsMessageBytes, maxExploreSchedules, wsSendTimeoutMs,
                    simulationSlots, slotWaitMs);
        }

        public Limits withKeptEventsPerRun(int events) {
            return new Limits(maxThreads, maxProcesses, maxVirtualSeconds, maxEvents, maxJsonDepth, runCacheBytes,
                    events, wsBatchEvents, maxWsMessageBytes, maxExploreSchedules, wsSendTimeoutMs,
                    simulationSlots, slotWaitMs);
        }

        public Limits withWsSendTimeoutMs(long ms) {
            return new Limits(maxThreads, maxProcesses, maxVirtualSeconds, maxEvents, maxJsonDepth, runCacheBytes,
                    keptEventsPerRun, wsBatchEvents, maxWsMessageBytes, maxExploreSchedules, ms,
                    simulationSlots, slotWaitMs);
        }

        /** The engine's share of these limits. */
        public dev.threadlab.engine.Limits engine() {
            return new dev.threadlab.engine.Limits(maxThreads, maxProcesses, maxVirtualSeconds, maxEvents);
        }

        public Limits withSimulationSlots(int slots, long waitMs) {
            return new Limits(maxThreads, maxProcesses, maxVirtualSeconds, maxEvents, maxJsonDepth, runCacheBytes,
                    keptEventsPerRun, wsBatchEvents, maxWsMessageBytes, maxExploreSchedules, wsSendTimeoutMs,
                    slots, waitMs);
        }

        public Limits withWsBatchEvents(int events) {
            return new Limits(maxThreads, maxProcesses, maxVirtualSeconds, maxEvents, maxJsonDepth, runCacheBytes,
                    keptEventsPerRun, events, maxWsMessageBytes, maxExploreSchedules, wsSendTimeoutMs,
                    simulationSlots, slotWaitMs);
        }
    }

    /** The settings as they were before {@link Limits} existed: default limits. */
    public LabSettings(int port, String host, Path dataDir, String dbUrl, String dbUser, String dbPassword,
                       long maxBodyBytes) {
        this(port, host, dataDir, dbUrl, dbUser, dbPassword, maxBodyBytes, Limits.defaults());
    }

    /** Settings with default room limits (their message size follows {@code limits}). */
    public LabSettings(int port, String host, Path dataDir, String dbUrl, String dbUser, String dbPassword,
                       long maxBodyBytes, Limits limits) {
        this(port, host, dataDir, dbUrl, dbUser, dbPassword, maxBodyBytes, limits,
                RoomLimits.from(limits.maxWsMessageBytes(), Map.<String, String>of()::get), RealitySettings.defaults(),
                WebLimits.defaults(), ClusterSettings.alone());
    }

    /** Reads {@code PORT}, {@code HOST}, {@code LAB_DATA_DIR}, {@code LAB_DB_URL}, {@code LAB_DB_USER},
     * {@code LAB_DB_PASSWORD}, {@code LAB_MAX_BODY_BYTES} and the variables of {@link Limits}, {@link RoomLimits},
     * {@link RealitySettings} and {@link ClusterSettings}. */
    public static LabSettings fromEnvironment(Map<String, String> env) {
        Limits limits = Limits.fromEnvironment(env);
        return new LabSettings(
                parsePort(env.getOrDefault("PORT", "8080")),
                env.getOrDefault("HOST", "0.0.0.0"),
                Path.of(env.getOrDefault("LAB_DATA_DIR", "data")),
                blankToNull(env.get("LAB_DB_URL")),
                blankToNull(env.get("LAB_DB_USER")),
                blankToNull(env.get("LAB_DB_PASSWORD")),
                longVar(env, "LAB_MAX_BODY_BYTES", ONE_MIB),
                limits,
                RoomLimits.from(limits.maxWsMessageBytes(), env::get),
                RealitySettings.fromEnvironment(env),
                WebLimits.fromEnvironment(env),
                cluster(env));
    }

    /** Settings for a test server: a free loopback port and the given data directory. */
    public static LabSettings forTest(Path dataDir) {
        return new LabSettings(0, "127.0.0.1", dataDir, null, null, null, ONE_MIB);
    }

    public LabSettings withLimits(Limits newLimits) {
        return new LabSettings(port, host, dataDir, dbUrl, dbUser, dbPassword, maxBodyBytes, newLimits, rooms, reality, web,
                cluster);
    }

    public LabSettings withRooms(RoomLimits newRooms) {
        return new LabSettings(port, host, dataDir, dbUrl, dbUser, dbPassword, maxBodyBytes, limits, newRooms, reality, web,
                cluster);
    }

    public LabSettings withReality(RealitySettings newReality) {
        return new LabSettings(port, host, dataDir, dbUrl, dbUser, dbPassword, maxBodyBytes, limits, rooms, newReality, web,
                cluster);
    }

    public LabSettings withWeb(WebLimits newWeb) {
        return new LabSettings(port, host, dataDir, dbUrl, dbUser, dbPassword, maxBodyBytes, limits, rooms, reality, newWeb,
                cluster);
    }

    public LabSettings withCluster(ClusterSettings newCluster) {
        return new LabSettings(port, host, dataDir, dbUrl, dbUser, dbPassword, maxBodyBytes, limits, rooms, reality, web,
                newCluster);
    }

    /** A PostgreSQL database for several nodes (the user may be null). */
    public LabSettings withDatabase(String url, String user, String password) {
        return new LabSettings(port, host, dataDir, url, user, password, maxBodyBytes, limits, rooms, reality, web, cluster);
    }

    /** The database this node opens: embedded H2 under {@link #dataDir()}, or the one {@link #dbUrl()} names. */
    public DatabaseSettings database() {
        return new DatabaseSettings(dataDir, dbUrl, dbUser, dbPassword, dbPoolSize());
    }

    /** Connections this node keeps to an external database. */
    public int dbPoolSize() {
        return cluster.dbPoolSize();
    }

    /** {@code LAB_REDIS_URL}, {@code LAB_NODE_NAME}, {@code LAB_TRUSTED_PROXIES}, {@code LAB_DB_POOL_SIZE}. */
    private static ClusterSettings cluster(Map<String, String> env) {
        return new ClusterSettings(blankToNull(env.get("LAB_REDIS_URL")), blankToNull(env.get("LAB_NODE_NAME")),
                TrustedProxies.parse(env.get("LAB_TRUSTED_PROXIES")),
                intVar(env, "LAB_DB_POOL_SIZE", Database.MAX_CONNECTIONS));
    }

    private static int parsePort(String raw) {
        try {
            int port = Integer.parseInt(raw.trim());
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("PORT must be between 0 and 65535, got " + raw);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT must be a number, got \"" + raw + "\"", e);
        }
    }

    static int intVar(Map<String, String> env, String name, int fallback) {
        return Math.toIntExact(longVar(env, name, fallback));
    }

    static long longVar(Map<String, String> env, String name, long fallback) {
        String raw = blankToNull(env.get(name));
        if (raw == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw.trim());
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive, got " + raw);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got \"" + raw + "\"", e);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
