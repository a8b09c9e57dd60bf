package dev.threadlab.bench;

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

    /** {@code --scripted}: measure the transport alone, with the scripted stand-in for the engine. */
    public static void main(String[] args) {
        LabSettings settings = LabSettings.forTest(TestServer.tempDataDir());
        boolean scripted = args.length > 0 && args[0].equals("--scripted");
        try (TestServer server = scripted ? TestServer.start(settings, dev.threadlab.testing.ScriptedSimulation.create())
                : TestServer.start(settings)) {
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
            streamThroughput(server, args.length > 1 ? Integer.parseInt(args[1]) : 2_000);
        }
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
