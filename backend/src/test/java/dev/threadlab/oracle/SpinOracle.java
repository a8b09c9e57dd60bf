package dev.threadlab.oracle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * SPIN as an outside oracle for the explorer: runs a Promela model of a scenario ({@code spin -a}, a C compile of
 * {@code pan.c}, a full search with {@code pan}) and answers the set of outcomes the model can end in.
 *
 * <p>The contract with a model: it prints one line per final state it reaches, during the search, as
 * {@code OUT <kind> <var>=<value> ... [| <thread>: <Type>: <message>]...} with kind {@code completed},
 * {@code deadlock} or {@code error} (the models under {@code src/test/resources/dev/threadlab/oracle/} do it from an
 * observer process: every non-daemon thread ended, or SPIN's {@code timeout}, i.e. nothing can move). {@code pan} is
 * built with {@code -DPRINTF} so that {@code printf} runs during the verification; each transition is executed at
 * least once by a full search, so every reachable final line is printed (some many times: the answer is a set).
 * It is built with {@code -DNOREDUCE} (no partial-order reduction, so that no interleaving that leads to a printed
 * state is pruned) and {@code -DSAFETY}, and run with {@code -E}: an invalid end state is not an error here, a
 * deadlock is an outcome the model prints. Anything else pan reports (an error, a search cut by its depth limit, no
 * outcome at all) fails loudly.
 *
 * <p>Outcomes are normalized by {@link #outcome}, the same way for the explorer's answer.
 */
public final class SpinOracle {

    /** Where the scenarios and their models live on the test class path. */
    public static final String RESOURCES = "/dev/threadlab/oracle/";

    private static final int MAX_DEPTH = 100_000;
    private static final long STEP_TIMEOUT_SECONDS = 120;
    private static final Pattern VARIABLE = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(-?\\d+)");

    private SpinOracle() {
    }

    /**
     * What one SPIN run found.
     *
     * @param outcomes     the normalized outcomes (see {@link #outcome}), sorted
     * @param states       SPIN's "states, stored" (without partial-order reduction, as searched)
     * @param transitions  SPIN's "transitions"
     * @param depth        SPIN's "depth reached"
     * @param millis       end to end: {@code spin -a}, the C compile and the search
     * @param searchMillis the search alone ({@code ./pan})
     */
    public record Result(SortedSet<String> outcomes, long states, long transitions, long depth, double millis,
                         double searchMillis) {

        public Result {
            outcomes = new TreeSet<>(outcomes);
        }
    }

    /** The outcomes of the model {@code resource} (a name under {@link #RESOURCES}, or an absolute resource path). */
    public static Set<String> outcomes(String resource) {
        return check(resource).outcomes();
    }

    /** The outcomes of the model in the file {@code model}. */
    public static Set<String> outcomes(Path model) {
        return check(model).outcomes();
    }

    /** Runs the model {@code resource} (a name under {@link #RESOURCES}, or an absolute resource path). */
    public static Result check(String resource) {
        String path = resource.startsWith("/") ? resource : RESOURCES + resource;
        try (InputStream in = SpinOracle.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no Promela model at " + path + " on the class path");
            }
            return search(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the model in the file {@code model}. */
    public static Result check(Path model) {
        try {
            return search(Files.readAllBytes(model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One outcome as a line: {@code <kind> <var>=<value> ...}, the variables sorted by name, then, when there are
     * errors, {@code errors=[<thread>: <Type>: <message>, ...]} sorted. Errors are kept on any kind: an outcome is
     * {@code error} when a thread died and the others ended, but a thread may also die and leave the others
     * deadlocked, which the explorer answers as a {@code deadlock} with its errors.
     */
    public static String outcome(String kind, Map<String, ? extends Number> variables, Collection<String> errors) {
        if (!List.of("completed", "deadlock", "error").contains(kind)) {
            throw new IllegalArgumentException("unknown outcome kind " + kind);
        }
        StringBuilder line = new StringBuilder(kind);
        new TreeMap<>(variables).forEach((name, value) -> line.append(' ').append(name).append('=')
                .append(value.longValue()));
        if (!errors.isEmpty()) {
            line.append(" errors=").append(errors.stream().sorted().toList());
        }
        return line.toString();
    }

    /** The normalized outcome of one {@code OUT ...} line printed by a model. */
    static String parse(String line) {
        String[] parts = line.split(" \\| ");
        String[] head = parts[0].trim().split(" +");
        if (head.length < 2 || !head[0].equals("OUT")) {
            throw new IllegalArgumentException("not an outcome line: " + line);
        }
        Map<String, Long> variables = new TreeMap<>();
        for (int i = 2; i < head.length; i++) {
            Matcher m = VARIABLE.matcher(head[i]);
            if (!m.matches()) {
                throw new IllegalArgumentException("bad variable '" + head[i] + "' in: " + line);
            }
            variables.put(m.group(1), Long.parseLong(m.group(2)));
        }
        List<String> errors = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            errors.add(parts[i].trim());
        }
        return outcome(head[1], variables, errors);
    }

    private static Result search(byte[] promela) throws IOException {
        Path dir = Files.createTempDirectory("spin-oracle");
        try {
            Files.write(dir.resolve("model.pml"), promela);
            long t0 = System.nanoTime();
            run(dir, "spin", "-a", "model.pml");
            // -O0: the models are tiny, the C compile is what takes time (about 0.5 s here, 1.2 s with -O2).
            run(dir, "gcc", "-O0", "-DPRINTF", "-DSAFETY", "-DNOREDUCE", "-o", "pan", "pan.c");
            long t1 = System.nanoTime();
            String out = run(dir, "./pan", "-E", "-m" + MAX_DEPTH, "-w20");
            long t2 = System.nanoTime();
            if (out.contains("max search depth too small") || out.contains("Search not completed")) {
                throw new IllegalStateException("pan's search was cut short (depth limit " + MAX_DEPTH + "):\n" + out);
            }
            long errors = number(out, "errors: (\\d+)");
            if (errors != 0) {
                throw new IllegalStateException("pan reported " + errors + " error(s):\n" + out);
            }
            SortedSet<String> outcomes = new TreeSet<>();
            out.lines().filter(l -> l.startsWith("OUT ")).map(SpinOracle::parse).forEach(outcomes::add);
            if (outcomes.isEmpty()) {
                throw new IllegalStateException("the model printed no outcome (no 'OUT ...' line):\n" + out);
            }
            return new Result(outcomes, number(out, "(\\d+) states, stored"), number(out, "(\\d+) transitions"),
                    number(out, "depth reached (\\d+)"), (t2 - t0) / 1e6, (t2 - t1) / 1e6);
        } finally {
            deleteTree(dir);
        }
    }

    private static long number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("pan's report has no /" + regex + "/:\n" + text);
        }
        return Long.parseLong(m.group(1));
    }

    /** Runs {@code command} in {@code dir} and answers its output (stdout and stderr); fails unless it exits 0. */
    private static String run(Path dir, String... command) throws IOException {
        Path log = dir.resolve("output-" + command[0].replace("/", "").replace(".", "") + ".txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " took over " + STEP_TIMEOUT_SECONDS
                        + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + p.exitValue() + ":\n" + out);
        }
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Installs Debian's {@code spin} when it is missing and this runs as root; fails with what to do otherwise. */
    public static void ensureSpin() {
        if (Files.isExecutable(Path.of("/usr/bin/spin"))) {
            return;
        }
        System.out.println("spin is missing: installing Debian's package");
        try {
            Process p = new ProcessBuilder("sh", "-c",
                    "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq spin || "
                            + "(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq spin)")
                    .inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("could not install spin: run 'apt-get install -y spin gcc' as root");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
