package dev.threadlab.bench;

import dev.threadlab.server.LabSettings;
import dev.threadlab.testing.TestServer;
import dev.threadlab.testing.WsClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A class of 30 running the first lesson (issue 15), as the UI does: each student posts {@code items-threads-gil}
 * and reads its timeline and first events page. Prints the status counts and wall time of 30 simultaneous identical
 * posts, then of 30 posts with 30 different seeds, whether every run stays readable afterwards, the memory one
 * stored big run holds, Run → first streamed event, and the server's peak heap and RSS (sampled every 50 ms; the
 * server runs in this JVM, so run it with the heap the lab is given: {@code ./lab bench class} uses -Xmx1g).
 */
public final class ClassBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int STUDENTS = 30;

    private ClassBench() {
    }

    public static void main(String[] args) throws Exception {
        AtomicLong peakHeap = new AtomicLong();
        AtomicLong peakRss = new AtomicLong();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (true) {
                peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                peakRss.accumulateAndGet(rssBytes(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        System.out.printf("max heap %d MiB, %d CPUs, load %s%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).strip());
        try (TestServer server = TestServer.start(LabSettings.forTest(TestServer.tempDataDir()))) {
            ObjectNode lesson = (ObjectNode) JSON.readTree(server.get("/api/presets/items-threads-gil").body());

            List<String> same = wave(server, "30 identical posts at once", i -> body(lesson, 1));
            readBack(server, same);
            List<String> seeds = wave(server, "30 posts, 30 seeds, at once", i -> body(lesson, i + 1));
            readBack(server, seeds);

            JsonNode stats = JSON.readTree(server.get("/api/stats").body());
            long cached = stats.path("runsCached").asLong();
            System.out.printf("stored big run: %.1f MB each (%d cached, %.1f MB of a %.0f MB budget)%n",
                    stats.path("cacheBytes").asDouble() / 1e6 / Math.max(1, cached), cached,
                    stats.path("cacheBytes").asDouble() / 1e6, stats.path("cacheBudgetBytes").asDouble() / 1e6);

            firstEvent(server, body(lesson, 1000), false);
            firstEvent(server, body(lesson, 1001), true);
        }
        sampler.interrupt();
        System.out.printf("peak heap %d MiB, peak RSS %d MiB%n", peakHeap.get() >> 20, peakRss.get() >> 20);
    }

    /**
     * Run -> the first streamed event of a new run, as the editor's Run does it ({@code Prefer: respond-async}: the
     * stream follows the computation) or waiting for the whole run first (a plain POST, then the stream).
     */
    private static void firstEvent(TestServer server, ObjectNode body, boolean async) {
        long start = System.nanoTime();
        HttpRequest.Builder post = HttpRequest.newBuilder(server.uri("/api/runs"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        HttpResponse<String> created = server.send(async ? post.header("Prefer", "respond-async").build() : post.build());
        double answered = (System.nanoTime() - start) / 1e6;
        String id = created.headers().firstValue("Location").orElseThrow().substring("/api/runs/".length());
        try (WsClient ws = WsClient.connect(server.client(), server.wsUri("/ws/runs/" + id))) {
            WsClient.await(Duration.ofSeconds(60), () -> !ws.messages().isEmpty());
            System.out.printf("Run -> first streamed event, %s: %.0f ms (POST answered %d in %.0f ms)%n",
                    async ? "streamed while computed (Prefer: respond-async)" : "after the whole run (plain POST)",
                    (System.nanoTime() - start) / 1e6, created.statusCode(), answered);
        }
    }

    private static ObjectNode body(ObjectNode lesson, int seed) {
        ObjectNode scenario = lesson.deepCopy();
        ((ObjectNode) scenario.path("runtime")).put("seed", seed);
        ObjectNode body = JSON.createObjectNode();
        body.set("scenario", scenario);
        return body;
    }

    /** Posts all at once; prints status counts and wall time; answers the run ids created. */
    private static List<String> wave(TestServer server, String what, IntFunction<ObjectNode> body) {
        long start = System.nanoTime();
        List<HttpResponse<String>> answers = IntStream.range(0, STUDENTS)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> server.post("/api/runs", body.apply(i).toString())))
                .toList().stream().map(CompletableFuture::join).toList();
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<Integer, Long> statuses = new TreeMap<>(answers.stream()
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting())));
        System.out.printf("%s: %s in %.1f s%n", what, statuses, seconds);
        return answers.stream().filter(r -> r.statusCode() == 201)
                .map(r -> r.headers().firstValue("Location").orElseThrow().substring("/api/runs/".length())).toList();
    }

    /** Every created run's timeline, first events page and state at its middle, read right away as the UI does. */
    private static void readBack(TestServer server, List<String> ids) {
        long start = System.nanoTime();
        Map<Integer, Long> statuses = new TreeMap<>(ids.stream().flatMap(id -> List.of(
                        server.get("/api/runs/" + id + "/timeline?px=1000").statusCode(),
                        server.get("/api/runs/" + id + "/events?from=0&limit=1000").statusCode(),
                        server.get("/api/runs/" + id + "/state?at=5000000000").statusCode()).stream())
                .collect(Collectors.groupingBy(s -> s, Collectors.counting())));
        System.out.printf("  read back %d timelines, event pages and states at 5,000 s: %s in %.1f s%n", ids.size(),
                statuses, (System.nanoTime() - start) / 1e9);
    }

    private static long rssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (java.io.IOException e) {
            return 0;
        }
        return 0;
    }
}
