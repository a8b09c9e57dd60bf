package dev.threadlab.bench;

import dev.threadlab.rooms.RoomLimits;
import dev.threadlab.server.LabBackend;
import dev.threadlab.server.LabSettings;
import io.javalin.Javalin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classroom fan-out benchmark (a tool, not a test). Opens N student WebSockets to one room on loopback, has the
 * teacher issue seeks, and measures, per student and seek, the time from the teacher's send to the student's receipt
 * (one JVM clock). Prints p50/p99/max and the server's resident memory.
 *
 * <pre>
 * java … dev.threadlab.bench.RoomLoad [--students 1000] [--seeks 200] [--interval-ms 50]
 *                                     [--url http://127.0.0.1:8080 --pid SERVER_PID] [--deflate] [--nodes 2]
 * </pre>
 * {@code --nodes 2} (what {@code ./lab bench rooms} runs) starts two nodes as processes of their own on the PostgreSQL
 * and Redis that {@code ./lab} started ({@code LAB_TEST_PG_URL}, {@code LAB_TEST_REDIS_URL}): the teacher on the first,
 * the students split over both, and each node's RSS and CPU printed.
 * Without {@code --url} the backend starts in this JVM (then RSS counts the clients too: an upper bound). A server
 * given by {@code --url} must allow that many joins from one address ({@code LAB_ROOM_JOINS_PER_MINUTE}).
 * {@code --deflate} makes the students offer permessage-deflate, as browsers do (the server then compresses every
 * message once per connection).
 */
public final class RoomLoad {

    private static final int MAX_STUDENTS = 5_000;
    private static final int MAX_SEEKS = 2_000;
    private static final Duration DEADLINE = Duration.ofMinutes(3);
    private static final Pattern POSITION = Pattern.compile("\"type\":\"PlaybackChanged\".*?\"positionUs\":(\\d+)");

    private RoomLoad() {
    }

    public static void main(String[] args) throws Exception {
        int students = Math.min(MAX_STUDENTS, intArg(args, "--students", 1_000));
        int seeks = Math.min(MAX_SEEKS, intArg(args, "--seeks", 200));
        int intervalMs = intArg(args, "--interval-ms", 50);
        String url = stringArg(args, "--url", null);
        String pid = stringArg(args, "--pid", null);
        boolean deflate = Arrays.asList(args).contains("--deflate");
        if (intArg(args, "--nodes", 1) == 2) {
            try (BenchNodes nodes = BenchNodes.start(2, students)) {
                run(nodes.urls(), nodes.pids(), students, seeks, intervalMs, deflate);
            }
            return;
        }
        Javalin app = null;
        if (url == null) {
            Path data = Files.createTempDirectory("room-load");
            LabSettings settings = LabSettings.forTest(data);
            Map<String, String> roomy = Map.of("LAB_ROOM_JOINS_PER_MINUTE", String.valueOf(10 * students + 100),
                    "LAB_ROOM_MAX_MEMBERS", String.valueOf(students + 10));
            app = LabBackend.start(settings.withRooms(RoomLimits.from(settings.limits().maxWsMessageBytes(), roomy::get)));
            url = "http://127.0.0.1:" + app.port();
        }
        try {
            run(List.of(url), pid == null ? null : List.of(pid), students, seeks, intervalMs, deflate);
        } finally {
            if (app != null) {
                app.stop();
            }
        }
    }

    /**
     * @param urls the nodes: students are split over them, the teacher is on the first
     * @param pids their processes (for RSS and CPU), or null when the server runs in this JVM
     */
    private static void run(List<String> urls, List<String> pids, int students, int seeks, int intervalMs,
                            boolean deflate) throws Exception {
        long start = System.nanoTime();
        HttpClient http = HttpClient.newHttpClient();
        String url = urls.getFirst();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(url + "/api/rooms"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"load\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        String code = field(created.body(), "code");
        String token = field(created.body(), "teacherToken");
        List<String> ws = urls.stream().map(u -> u.replaceFirst("^http", "ws") + "/ws/rooms/" + code).toList();

        long[] sentAt = new long[seeks];
        long[][] receivedAt = new long[seeks][students];
        AtomicLong received = new AtomicLong();
        java.util.function.ObjIntConsumer<String> onText = (text, student) -> {
            long now = System.nanoTime();
            Matcher m = POSITION.matcher(text);
            if (m.find()) {
                int seek = Integer.parseInt(m.group(1));
                if (seek < seeks && receivedAt[seek][student] == 0) {
                    receivedAt[seek][student] = now;
                    received.incrementAndGet();
                }
            }
        };
        // Two selector threads, as the students would be two machines' worth of browsers.
        NioStudents[] clients = {new NioStudents(onText, deflate), new NioStudents(onText, deflate)};
        for (int s = 0; s < students; s++) {
            clients[s % clients.length].connect(URI.create(ws.get(s % ws.size()) + "?name=s" + s), s);
        }
        System.out.printf("%d students connected in %.1f s, over %d node(s)%n", students,
                (System.nanoTime() - start) / 1e9, ws.size());

        WebSocket teacher = http.newWebSocketBuilder().buildAsync(URI.create(ws.getFirst() + "?teacher=" + token),
                new WebSocket.Listener() { }).get(10, TimeUnit.SECONDS);
        Thread.sleep(500); // let the joins' roster update settle before measuring
        long[] serverCpuBefore = new long[urls.size()];
        for (int i = 0; pids != null && i < pids.size(); i++) {
            serverCpuBefore[i] = cpuMillis(pids.get(i));
        }
        long selfCpuBefore = cpuMillis(null);
        for (int i = 0; i < seeks && !overDeadline(start); i++) {
            sentAt[i] = System.nanoTime();
            teacher.sendText("{\"type\":\"Seek\",\"positionUs\":" + i + "}", true).get(5, TimeUnit.SECONDS);
            Thread.sleep(intervalMs);
        }
        long expected = (long) seeks * students;
        while (received.get() < expected && !overDeadline(start)) {
            Thread.sleep(20);
        }
        for (int i = 0; pids != null && i < pids.size(); i++) {
            System.out.printf("CPU during the seeks: node %d %d ms%n", i + 1, cpuMillis(pids.get(i)) - serverCpuBefore[i]);
        }
        System.out.printf("CPU during the seeks: load tool %d ms%n", cpuMillis(null) - selfCpuBefore);
        report(sentAt, receivedAt, received.get(), expected, students, seeks, pids);
        teacher.abort();
        for (NioStudents c : clients) {
            c.close();
        }
    }

    private static void report(long[] sentAt, long[][] receivedAt, long received, long expected, int students,
                               int seeks, List<String> pids) throws IOException {
        double[] ms = new double[(int) expected];
        int n = 0;
        for (int i = 0; i < seeks; i++) {
            for (int s = 0; s < students; s++) {
                if (receivedAt[i][s] != 0 && sentAt[i] != 0) {
                    ms[n++] = (receivedAt[i][s] - sentAt[i]) / 1e6;
                }
            }
        }
        double[] sorted = Arrays.copyOf(ms, n);
        Arrays.sort(sorted);
        System.out.printf("fan-out of %d seeks to %d students: %d/%d deliveries%n", seeks, students, received, expected);
        if (n > 0) {
            System.out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n", pct(sorted, 50), pct(sorted, 90),
                    pct(sorted, 99), sorted[n - 1]);
        }
        if (pids == null) {
            System.out.println("RSS of this JVM (server and clients): " + rss("self"));
        } else {
            for (int i = 0; i < pids.size(); i++) {
                System.out.println("node " + (i + 1) + " RSS: " + rss(pids.get(i)));
            }
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used %d MiB of %d MiB committed%n", (rt.totalMemory() - rt.freeMemory()) >> 20,
                rt.totalMemory() >> 20);
    }

    private static String rss(String pid) throws IOException {
        Path status = Path.of("/proc/" + pid + "/status");
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS")).findFirst().orElse("?")
                .replaceAll("\\s+", " ");
    }

    /** User + system CPU time of a process (this one when {@code pid} is null), from /proc (clock ticks of 10 ms). */
    private static long cpuMillis(String pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + (pid == null ? "self" : pid) + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static boolean overDeadline(long start) {
        return System.nanoTime() - start > DEADLINE.toNanos();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return m.group(1);
    }

    private static int intArg(String[] args, String name, int fallback) {
        String value = stringArg(args, name, null);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static String stringArg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
