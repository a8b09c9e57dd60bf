package dev.threadlab.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nodes of one school for a benchmark: the backend ({@code LabBackend}) in processes of their own (so each has its
 * own RSS), on a fresh database of the PostgreSQL and on the Redis that {@code ./lab bench} started
 * ({@code LAB_TEST_PG_URL}, {@code LAB_TEST_PG_USER}, {@code LAB_TEST_REDIS_URL}). Closing kills them.
 */
final class BenchNodes implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on http://localhost:(\\d+)/");

    private final List<Process> processes;
    private final List<String> urls;

    private BenchNodes(List<Process> processes, List<String> urls) {
        this.processes = processes;
        this.urls = urls;
    }

    static BenchNodes start(int count, int students) throws Exception {
        String pg = System.getenv("LAB_TEST_PG_URL");
        String redis = System.getenv("LAB_TEST_REDIS_URL");
        if (pg == null || redis == null) {
            throw new IllegalStateException("--nodes needs LAB_TEST_PG_URL and LAB_TEST_REDIS_URL: run ./lab bench rooms");
        }
        String user = System.getenv("LAB_TEST_PG_USER");
        String database = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(pg, user, ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                ProcessBuilder builder = new ProcessBuilder(java, "-XX:+UseSerialGC", "-Xmx1g", "-cp",
                        System.getProperty("java.class.path"), "dev.threadlab.server.LabBackend")
                        .redirectErrorStream(true);
                builder.environment().putAll(Map.of("PORT", "0", "HOST", "127.0.0.1",
                        "LAB_DATA_DIR", Files.createTempDirectory("bench-node").toString(),
                        "LAB_DB_URL", pg.substring(0, pg.lastIndexOf('/') + 1) + database,
                        "LAB_DB_USER", user == null ? "" : user,
                        "LAB_REDIS_URL", redis, "LAB_NODE_NAME", "bench-" + (i + 1),
                        "LAB_ROOM_JOINS_PER_MINUTE", String.valueOf(10 * students + 100),
                        "LAB_ROOM_MAX_MEMBERS", String.valueOf(students + 10)));
                Process process = builder.start();
                processes.add(process);
                urls.add("http://127.0.0.1:" + port(process));
            }
        } catch (Exception e) {
            processes.forEach(Process::destroyForcibly);
            throw e;
        }
        return new BenchNodes(processes, urls);
    }

    /** Reads the node's output until it says where it listens; then keeps its pipe drained. */
    private static int port(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> {
            try {
                String line;
                while ((line = out.readLine()) != null) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    } else if (!port.isDone()) {
                        System.out.println("node: " + line);
                    }
                }
                port.completeExceptionally(new IllegalStateException("the node exited before listening"));
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
        });
        return port.get(60, TimeUnit.SECONDS);
    }

    List<String> urls() {
        return urls;
    }

    List<String> pids() {
        return processes.stream().map(p -> Long.toString(p.pid())).toList();
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(15, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
