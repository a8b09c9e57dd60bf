package dev.threadlab.server;

import dev.threadlab.api.ProblemException;
import dev.threadlab.api.SimulationSlots;
import dev.threadlab.explorations.ExplorationJobs;
import dev.threadlab.runs.RunCache;
import dev.threadlab.runs.RunStream;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jetty.JettyConnectionMetrics;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What an operator sees: {@code GET /api/metrics} (Prometheus text, Micrometer with the JVM and Jetty binders and the
 * lab's own meters), {@code GET /api/ready} (503 while every simulation slot is busy and requests queue for one), and
 * an access log line per request (method, path without its query, so no token, status, duration, client address).
 */
final class Observability {

    private static final Logger ACCESS = LoggerFactory.getLogger("dev.threadlab.access");
    private static final Logger LOG = LoggerFactory.getLogger(Observability.class);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    void install(JavalinConfig cfg, SimulationSlots slots, RunCache cache, RunStream streams, ExplorationJobs jobs) {
        List.of(new JvmMemoryMetrics(), new JvmGcMetrics(), new JvmThreadMetrics(), new ClassLoaderMetrics(),
                new ProcessorMetrics(), new UptimeMetrics()).forEach(binder -> binder.bindTo(registry));
        cfg.jetty.modifyServer(server -> {
            new JettyServerThreadPoolMetrics(server.getThreadPool(), List.of()).bindTo(registry);
            server.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                    JettyConnectionMetrics.addToAllConnectors(server, registry);
                }
            });
        });
        cfg.events.serverStopped(registry::close);
        Gauge.builder("lab.simulation.slots.free", slots, SimulationSlots::free).register(registry);
        Gauge.builder("lab.simulation.slots.waiting", slots, SimulationSlots::waiting)
                .description("requests waiting for a simulation slot").register(registry);
        Gauge.builder("lab.simulation.slots.refused", slots, SimulationSlots::refused)
                .description("requests refused with 429 for want of a slot, since the start").register(registry);
        Gauge.builder("lab.runs.cache.entries", cache, RunCache::size).register(registry);
        Gauge.builder("lab.runs.cache.bytes", cache, RunCache::usedBytes).register(registry);
        new RunCacheMetrics(cache).bindTo(registry);
        Gauge.builder("lab.runs.streams", streams, RunStream::streaming).register(registry);
        Gauge.builder("lab.runs.streams.slow.dropped", streams, RunStream::droppedSlowClients).register(registry);
        Gauge.builder("lab.explorations.running", jobs, ExplorationJobs::running).register(registry);
        cfg.requestLogger.http(this::logged);
        cfg.routes.get("/api/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(registry.scrape()));
        cfg.routes.get("/api/ready", ctx -> ready(ctx, slots));
    }

    /** Adds a feature's meters (the classroom's) to the metrics. */
    void bind(MeterBinder meters) {
        meters.bindTo(registry);
    }

    private void logged(Context ctx, Float ms) {
        int status = ctx.statusCode();
        Timer.builder("lab.http.requests").tag("method", ctx.method().name())
                .tag("status", Integer.toString(status)).register(registry)
                .record((long) (ms * 1000), TimeUnit.MICROSECONDS);
        ACCESS.info("{} {} {} {} ms {}", ctx.method(), ctx.path(), status, String.format("%.1f", ms), ctx.ip());
    }

    private static void ready(Context ctx, SimulationSlots slots) {
        int free = slots.free();
        int waiting = slots.waiting();
        if (free == 0 && waiting > 0) {
            LOG.info("Not ready: every simulation slot is busy and {} requests wait", waiting);
            throw new ProblemException(503, "Service Unavailable", "Every simulation slot is busy and " + waiting
                    + " requests wait for one: new runs would queue.");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ready");
        body.put("slotsFree", free);
        body.put("slotsWaiting", waiting);
        ctx.json(body);
    }
}
