package dev.threadlab.bench;

import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.Simulator;
import dev.threadlab.runs.Simulation;
import dev.threadlab.server.LabSettings;
import dev.threadlab.testing.TestServer;
import dev.threadlab.testing.WsClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Prints the figures against the real engine: POST /api/runs for the full 10,000-item example, the
 * size of its level-of-detail answer at 1,000 px, and WebSocket throughput for a ~100,000-event run.
 * Run: {@code java -cp <test classpath> dev.threadlab.bench.ApiBench}.
 */
public final class ApiBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiBench() {
    }

    static String pipeline(int items, int workers) {
        return """
                {"scenario":{"schema":1,"title":"%d items: read 0.1 s, compute 1 s",
                 "runtime":{"model":"gil","cores":4,"seed":1},
                 "objects":[{"id":"q","type":"Queue"}],
                 "threads":[{"id":"reader","body":[{"op":"repeat","times":%d,"as":"i","body":[
                     {"op":"io","ms":100,"label":"read item"},{"op":"put","target":"q","value":"i"}]}]},
                   {"id":"worker","count":%d,"body":[{"op":"repeat","times":%d,"body":[
                     {"op":"get","target":"q","as":"item"},{"op":"compute","ms":1000}]}]}]}}"""
                .formatted(items, items, workers, items / workers);
    }

    /** Optional argument: the number of items of the streamed run (default 2,000). */
    public static void main(String[] args) {
        LabSettings settings = LabSettings.forTest(TestServer.tempDataDir());
        try (TestServer server = TestServer.start(settings)) {
            long start = System.nanoTime();
            HttpResponse<String> full = server.post("/api/runs", pipeline(10_000, 4));
            double seconds = (System.nanoTime() - start) / 1e9;
            if (full.statusCode() != 201) {
                System.out.println("POST /api/runs failed: " + full.statusCode() + " " + full.body());
                return;
            }
            JsonNode summary = JSON.readTree(full.body());
            System.out.printf("10,000-item run: %.2f s wall, %d events, %.0f virtual s, outcome %s%n", seconds,
                    summary.get("eventCount").asLong(), summary.get("elapsedMs").asDouble() / 1000,
                    summary.get("outcome").asString());
            String runId = summary.get("runId").asString();
            HttpResponse<String> lod = server.get("/api/runs/" + runId + "/timeline?px=1000");
            System.out.printf("LOD whole run at 1,000 px: %d bytes (status %d)%n", lod.body().length(), lod.statusCode());
            checkpoints(server, runId, summary.get("eventCount").asLong(),
                    Math.round(summary.get("elapsedMs").asDouble() * 1000));
            streamThroughput(server, args.length > 0 ? Integer.parseInt(args[0]) : 2_000);
        }
    }

    /**
     * Issue 15: what a finished run regenerates (its state at the end, events deep past the kept ones, a zoomed
     * window late in the run) resumed at the nearest engine checkpoint, against a server whose engine takes no
     * checkpoints, so that it replays the run from its start as before: the same requests, the same run, one JVM.
     */
    private static void checkpoints(TestServer withCheckpoints, String runId, long events, long endUs) {
        Simulation noCheckpoints = (scenario, o) -> Simulator.run(scenario, new RunOptions(o.schedule(), o.limits(),
                o.sink(), o.exploring(), o.costs(), o.timing(), o.partialOrder(), null));
        try (TestServer fromStart = TestServer.start(LabSettings.forTest(TestServer.tempDataDir()), noCheckpoints)) {
            fromStart.post("/api/runs", pipeline(10_000, 4));
            long deep = Math.min(9_000_000, events - 1_000);
            long late = endUs - endUs / 10;
            String[][] asked = {{"/state?at=end", "/state?at=" + endUs},
                    {"/state?at=middle", "/state?at=" + endUs / 2},
                    {"/events?from=%,d".formatted(deep), "/events?from=" + deep + "&limit=1000"}};
            for (String[] q : asked) {
                System.out.printf("%-36s from the start %s; from a checkpoint %s%n", q[0],
                        timed(fromStart, runId, q[1]), timed(withCheckpoints, runId, q[1]));
            }
            // a zoomed window is cached once answered: each server answers it once
            String zoom = "/timeline?from=" + late + "&to=" + (late + 2_000) + "&resolution=1";
            System.out.printf("%-36s from the start %s; from a checkpoint %s%n", "/timeline zoomed 2 ms at 90%",
                    timedOnce(fromStart, runId, zoom), timedOnce(withCheckpoints, runId, zoom));
        }
    }

    /** The first answer's time and the best of three more. */
    private static String timed(TestServer server, String runId, String path) {
        String first = timedOnce(server, runId, path);
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            server.get("/api/runs/" + runId + path);
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        return "%s first, %,.0f ms best of 3".formatted(first, best);
    }

    private static String timedOnce(TestServer server, String runId, String path) {
        long start = System.nanoTime();
        HttpResponse<String> answer = server.get("/api/runs/" + runId + path);
        double ms = (System.nanoTime() - start) / 1e6;
        return answer.statusCode() == 200 ? "%,.0f ms".formatted(ms) : "status " + answer.statusCode();
    }

    private static void streamThroughput(TestServer server, int items) {
        HttpResponse<String> run = server.post("/api/runs", pipeline(items, 4));
        JsonNode summary = JSON.readTree(run.body());
        long events = summary.get("eventCount").asLong();
        long start = System.nanoTime();
        try (WsClient ws = WsClient.connect(server.client(), server.wsUri("/ws/runs/" + summary.get("runId").asString()))) {
            ws.awaitClose(Duration.ofMinutes(5));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("WebSocket: %d events in %.2f s = %.0f events/s%n", events, seconds, events / seconds);
    }
}
