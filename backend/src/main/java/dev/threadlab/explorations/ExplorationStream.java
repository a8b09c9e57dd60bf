package dev.threadlab.explorations;

import dev.threadlab.api.ProblemException;
import dev.threadlab.engine.explore.ExploreMonitor;
import dev.threadlab.json.LabJson;
import io.javalin.websocket.WsCloseStatus;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsContext;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code WS /ws/explorations/{id}}: the server sends {@code {"type":"progress","schedules","states","outcomes",
 * "elapsedMs"}} about every 100 ms, then one {@code {"type":"end","exploration":{id,state,progress,result,error}}}
 * and closes with 1000. The client may send {@code {"type":"cancel"}}. Unknown id: close 4404.
 */
public final class ExplorationStream {

    private static final int CLOSE_NOT_FOUND = 4404;

    private final ExplorationJobs jobs;
    private final LabJson json;
    private final Map<String, ExplorationJobs.Watcher> watchers = new ConcurrentHashMap<>();

    public ExplorationStream(ExplorationJobs jobs, LabJson json) {
        this.jobs = jobs;
        this.json = json;
    }

    public void configure(WsConfig ws) {
        ws.onConnect(this::connected);
        ws.onMessage(ctx -> {
            if (ctx.message().contains("\"cancel\"")) {
                find(ctx).ifPresent(ExplorationJobs.Job::cancel);
            }
        });
        ws.onClose(ctx -> {
            ExplorationJobs.Watcher w = watchers.remove(ctx.sessionId());
            find(ctx).ifPresent(job -> job.unwatch(w));
        });
    }

    private java.util.Optional<ExplorationJobs.Job> find(WsContext ctx) {
        try {
            return java.util.Optional.of(jobs.find(ctx.pathParam("id")));
        } catch (ProblemException e) {
            return java.util.Optional.empty();
        }
    }

    private void connected(WsConnectContext ctx) {
        ExplorationJobs.Job job;
        try {
            job = jobs.find(ctx.pathParam("id"));
        } catch (ProblemException e) {
            ctx.closeSession(CLOSE_NOT_FOUND, "No exploration " + ctx.pathParam("id"));
            return;
        }
        ExplorationJobs.Watcher w = new ExplorationJobs.Watcher() {
            @Override
            public void progress(ExploreMonitor.Progress p) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("type", "progress");
                m.put("schedules", p.schedules());
                m.put("states", p.states());
                m.put("outcomes", p.outcomes());
                m.put("elapsedMs", p.elapsedMs());
                send(ctx, json.write(m));
            }

            @Override
            public void ended(ExplorationJobs.Job j) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("type", "end");
                m.put("exploration", ExplorationsApi.status(j));
                send(ctx, json.write(m));
                synchronized (ctx) {
                    ctx.closeSession(WsCloseStatus.NORMAL_CLOSURE, "exploration ended");
                }
            }
        };
        watchers.put(ctx.sessionId(), w);
        job.watch(w);
    }

    /** Sends are serialized per session (progress comes from the exploring thread, the end maybe from another). */
    private static void send(WsContext ctx, String text) {
        synchronized (ctx) {
            if (ctx.session.isOpen()) {
                ctx.send(text);
            }
        }
    }
}
