package dev.threadlab.e2e.durability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged lab ({@code thread-lab-app.jar}) as a separate operating-system process, so a test can
 * kill it the hard way ({@code SIGKILL}) and start it again on the same data directory.
 */
public final class LabProcess implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("Thread Lab is ready: http://localhost:(\\d+)/");

    private final Process process;
    private final int port;

    public int port() {
        return port;
    }

    private LabProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static LabProcess start(Path dataDir) throws IOException, InterruptedException {
        return start(dataDir, Map.of());
    }

    /** Starts the packaged lab with {@code env} added to its environment (a node of a school: ScaleOutIT). */
    public static LabProcess start(Path dataDir, Map<String, String> env) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("lab.jar", "../frontend/target/thread-lab-app.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the packaged lab is missing: " + jar);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString()).redirectErrorStream(true);
        builder.environment().put("PORT", "0");
        builder.environment().put("HOST", "127.0.0.1");
        builder.environment().put("LAB_DATA_DIR", dataDir.toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        Deque<String> lastLines = new ArrayDeque<>();
        CompletableFuture<Integer> ready = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                ready.complete(readPort(process, lastLines));
            } catch (RuntimeException e) {
                ready.completeExceptionally(e);
            }
        });
        try {
            return new LabProcess(process, ready.get(90, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            synchronized (lastLines) {
                throw new IllegalStateException("the lab did not say it was ready within 90 s; its last lines:\n"
                        + String.join("\n", lastLines), e);
            }
        }
    }

    /** Reads the log until the ready line; then a drain thread owns the pipe (closing it here would block on its lock). */
    private static int readPort(Process process, Deque<String> lastLines) {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = out.readLine()) != null) {
                synchronized (lastLines) {
                    lastLines.addLast(line);
                    if (lastLines.size() > 30) {
                        lastLines.removeFirst();
                    }
                }
                Matcher m = READY.matcher(line);
                if (m.find()) {
                    Thread.ofVirtual().start(() -> drain(out));
                    return Integer.parseInt(m.group(1));
                }
            }
            throw new IllegalStateException("the lab exited before it was ready");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // keep the pipe flowing so the server never blocks on its own log
            }
        } catch (IOException ignored) {
            // the process was killed
        }
    }

    public long pid() {
        return process.pid();
    }

    /** CPU time (user + system) the process has used so far, from {@code /proc/PID/stat} (clock ticks of 10 ms). */
    public long cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    /**
     * CPU time of the process's JIT compiler threads so far ({@code /proc/PID/task/TID/stat} of the threads named
     * "C1/C2 CompilerThread"): what a JVM spends once on getting its code hot, not on each request.
     */
    public long jitCpuMillis() throws IOException {
        long ms = 0;
        try (var tasks = Files.list(Path.of("/proc/" + process.pid() + "/task"))) {
            for (Path task : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException gone) {
                    continue; // the thread ended meanwhile
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                if (name.contains("CompilerThre")) {
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ms += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
                }
            }
        }
        return ms;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** {@code kill -9}: no shutdown hook, no flush, no goodbye. */
    public void killHard() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            killHard();
        }
    }
}
