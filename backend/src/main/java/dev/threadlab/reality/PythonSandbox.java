package dev.threadlab.reality;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs one exported script in the machine's Python, fenced in: a fresh temporary directory as its working directory
 * and {@code TMPDIR} (deleted afterwards), an environment with nothing but {@code PATH}, isolated mode ({@code -I}: no
 * user site, no {@code PYTHON*} variables), no standard input, and limits set with {@code ulimit} before the
 * interpreter starts: CPU seconds, address space, stack (so thread stacks stay small), file size and processes (not
 * enforced for root). A wall-clock timeout kills the whole process tree; output beyond {@link #MAX_STDOUT} is cut.
 * Only scripts the lab wrote are ever run here (the exporter's, from a valid scenario, and the importer's parser,
 * which reads a user's program on its standard input as data): no text a user sent becomes code.
 */
public final class PythonSandbox {

    /** Bytes of standard output kept: the report line of a recorded run with many threads fits. */
    static final int MAX_STDOUT = 32 * 1024 * 1024;
    private static final int MAX_STDERR = 16 * 1024;
    private static final String LIMITS = "ulimit -t %d && ulimit -v 4194304 && ulimit -s 2048 && ulimit -f 65536 "
            + "&& { ulimit -u 512 2>/dev/null || ulimit -p 512 2>/dev/null || true; } && exec \"$0\" -I \"$@\"";

    private final String python;
    private final int timeoutSeconds;

    public PythonSandbox(String python, int timeoutSeconds) {
        this.python = python;
        this.timeoutSeconds = timeoutSeconds;
    }

    /**
     * What the script printed and how it ended.
     *
     * @param exitCode -1 if killed at the timeout
     */
    public record ScriptRun(int exitCode, String stdout, String stderr, boolean timedOut, boolean stdoutCut,
                            long wallMs) {
    }

    /** The interpreter's version ("3.11.7"), or empty if it cannot be run. */
    public Optional<String> version() {
        try {
            Process p = new ProcessBuilder(python, "-c", "import sys; print(sys.version.split()[0])")
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectErrorStream(true).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.exitValue() == 0 && out.matches("\\d+\\.\\d+.*") ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    public ScriptRun run(String script, List<String> args) {
        return run(script, args, new byte[0], MAX_STDOUT);
    }

    /**
     * As {@link #run(String, List)}, with {@code input} as the script's standard input (data it reads, never code it
     * runs) and at most {@code maxStdout} bytes of its output kept.
     */
    public ScriptRun run(String script, List<String> args, byte[] input, int maxStdout) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("lab-reality-");
            Path file = dir.resolve("scenario.py");
            Files.writeString(file, script, StandardCharsets.UTF_8);
            Path stdin = dir.resolve("stdin");
            Files.write(stdin, input);
            int cpuSeconds = timeoutSeconds * Math.max(1, Runtime.getRuntime().availableProcessors());
            List<String> command = new ArrayList<>(List.of("/bin/sh", "-c",
                    LIMITS.formatted(cpuSeconds), python, file.toString()));
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(stdin.toFile()));
            Map<String, String> env = builder.environment();
            String path = env.getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
            env.clear();
            env.put("PATH", path);
            env.put("TMPDIR", dir.toString());
            env.put("HOME", dir.toString());
            env.put("LANG", "C.UTF-8");
            long start = System.nanoTime();
            Process p = builder.start();
            CompletableFuture<byte[]> out = read(p.getInputStream(), maxStdout);
            CompletableFuture<byte[]> err = read(p.getErrorStream(), MAX_STDERR);
            boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!finished) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
            long wallMs = (System.nanoTime() - start) / 1_000_000;
            byte[] stdout = out.get(10, TimeUnit.SECONDS);
            byte[] stderr = err.get(10, TimeUnit.SECONDS);
            return new ScriptRun(finished ? p.exitValue() : -1, new String(stdout, StandardCharsets.UTF_8),
                    new String(stderr, StandardCharsets.UTF_8), !finished, stdout.length >= maxStdout, wallMs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the script ran", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the script's output could not be read", e);
        } finally {
            delete(dir);
        }
    }

    /** Reads a stream to its end on another thread, keeping at most {@code max} bytes (the rest is drained). */
    private static CompletableFuture<byte[]> read(InputStream in, int max) {
        return CompletableFuture.supplyAsync(() -> {
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            try (in) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    int room = max - kept.size();
                    if (room > 0) {
                        kept.write(buffer, 0, Math.min(room, n));
                    }
                }
            } catch (IOException e) {
                // the process was killed: keep what was read
            }
            return kept.toByteArray();
        }, Thread::startVirtualThread);
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing the request for
        }
    }
}
