package dev.threadlab.bench;

import dev.threadlab.engine.Timing;
import dev.threadlab.engine.explore.ExploreOptions;
import dev.threadlab.engine.explore.Explorer;
import dev.threadlab.engine.explore.Exploration;
import dev.threadlab.engine.model.Model;
import dev.threadlab.oracle.SpinOracle;
import dev.threadlab.engine.model.ObjectDecl;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.Policy;
import dev.threadlab.engine.model.RuntimeConfig;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.Step;
import dev.threadlab.engine.model.ThreadDecl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark (not a test): Thread Lab's explorer against SPIN on the same two programs, full search, under CPython's
 * rules with any timing (docs/DESIGN.md §3.1: durations order nothing, a switch may come at every eval breaker). The
 * Promela models beside this class ({@code src/test/resources/dev/threadlab/bench/*.pml}) are those programs, the
 * main thread's starts included, as SpinOracleTest's models are. SPIN's time is end to end: {@code spin -a}, the C
 * compile of {@code pan.c} and the search, with SPIN's partial-order reduction. The explorer's end to end is a fresh
 * JVM of its own, from its launch to its answer (JVM start, class loading and a cold JIT included); that JVM also
 * prints its first search alone and its best of five (warm JIT, as in a lab server that has explored before). Each
 * search is what {@code POST /api/explore} does: the any-timing search, then the simulated-timing one that tells
 * which outcomes happen with ordinary timing; the simulated search alone is printed too, for reference.
 * Installs Debian's {@code spin} when it is missing and this runs as root.
 */
public final class ExplorerVsSpin {

    private static final ExploreOptions OPTIONS = ExploreOptions.defaults().withMaxSchedules(5_000_000)
            .withMaxMillis(600_000);

    private ExplorerVsSpin() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--search")) {
            search(args[1]);
            return;
        }
        SpinOracle.ensureSpin();
        compare("lost update, 3 threads x 2 read-call-write", "lostUpdate", "lost-update-3x2.pml");
        compare("dining philosophers, 5", "diningPhilosophersUngated", "dining-philosophers-5.pml");
    }

    private static void compare(String name, String model, String promela) throws Exception {
        SpinResult spin = runSpin(promela);
        String java = ProcessHandle.current().info().command().orElse("java");
        long launched = System.currentTimeMillis();
        String out = run(Path.of("."), java, "-cp", System.getProperty("java.class.path"),
                ExplorerVsSpin.class.getName(), "--search", model);
        double endToEnd = Long.parseLong(find(out, "answered at (\\d+)")) - launched;
        out = out.replaceAll("answered at \\d+\\R", "");
        System.out.printf("%n== %s%n", name);
        System.out.printf("  SPIN     : %8.1f ms end to end (%s states stored, %s transitions)%n",
                spin.millis(), spin.states(), spin.transitions());
        System.out.printf("  explorer : %8.1f ms end to end, a fresh JVM from launch to answer%n", endToEnd);
        System.out.print(out);
        System.out.printf("  ratio    : SPIN / explorer = %.1fx (end to end), %.1fx (first search), %.1fx (warm)%n",
                spin.millis() / endToEnd, spin.millis() / Double.parseDouble(find(out, "([\\d.]+) ms first")),
                spin.millis() / Double.parseDouble(find(out, "([\\d.]+) ms best")));
    }

    /** The explorer's side, in a JVM of its own: the first search (cold), then the best of five more. */
    private static void search(String model) {
        Scenario scenario = model.equals("lostUpdate") ? lostUpdate() : diningPhilosophersUngated();
        long cold = System.nanoTime();
        Exploration first = Explorer.explore(scenario, OPTIONS);
        double coldMs = (System.nanoTime() - cold) / 1e6;
        System.out.println("answered at " + System.currentTimeMillis());
        double bestMs = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            Explorer.explore(scenario, OPTIONS);
            bestMs = Math.min(bestMs, (System.nanoTime() - t0) / 1e6);
        }
        long total = first.outcomes().stream().mapToLong(o -> o.count()).sum();
        System.out.printf("             %8.1f ms first search, %8.1f ms best of 5 (%d states stored, %d runs, %d"
                        + " schedules counted, %d distinct outcomes, complete=%s)%n",
                coldMs, bestMs, first.states(), first.schedules(), total, first.outcomes().size(),
                first.complete());
        first.outcomes().forEach(o -> System.out.printf("             %-10s %s x%d (witness: %d preemptions; %s)%n",
                o.outcome(), o.variables(), o.count(), o.preemptions().size(),
                o.seenWithSimulatedTiming() ? "happens with ordinary timing" : "needs unusual timing"));
        Scenario timed = model.equals("lostUpdate") ? scenario : diningPhilosophers();
        double simulatedMs = Double.MAX_VALUE;
        Exploration simulated = null;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            simulated = Explorer.explore(timed, OPTIONS.withTiming(Timing.SIMULATED));
            simulatedMs = Math.min(simulatedMs, (System.nanoTime() - t0) / 1e6);
        }
        System.out.printf("  simulated: %7.1f ms best of 5, the simulated clock's timing only (%d states, %d distinct"
                + " outcomes%s)%n", simulatedMs, simulated.states(), simulated.outcomes().size(),
                model.equals("lostUpdate") ? "" : ", gated so that all five start together");
    }

    /** Three workers, each {@code tmp = counter; f(); counter = tmp + 1} twice, no lock. */
    static Scenario lostUpdate() {
        ThreadDecl worker = new ThreadDecl("worker", null, 3, false, "auto", "main", null, List.of(
                new Step.Repeat(2, null, List.of(
                        new Step.Read("counter", "tmp"),
                        new Step.Compute(1),
                        new Step.Write("counter", "tmp + 1")))));
        return Scenario.of(new RuntimeConfig(Model.GIL, 4, 5, 1, Policy.FIFO),
                List.of(ObjectDecl.integer("counter", 0)), List.of(), List.of(worker));
    }

    /**
     * Five philosophers; each takes its left fork, then its right, eats once, puts both down. They wait at a gate (an
     * Event the main thread sets) so that, as SPIN's {@code active} processes, all are ready at once: otherwise each
     * started thread runs at once and takes both forks before the next one exists, and no deadlock is reachable.
     */
    static Scenario diningPhilosophers() {
        return diningPhilosophers(true);
    }

    /** As {@link #diningPhilosophers()}, without the gate: any timing needs none to find the deadlock. */
    static Scenario diningPhilosophersUngated() {
        return diningPhilosophers(false);
    }

    private static Scenario diningPhilosophers(boolean gated) {
        List<ObjectDecl> forks = new ArrayList<>();
        List<ThreadDecl> philosophers = new ArrayList<>();
        if (gated) {
            forks.add(ObjectDecl.of("go", ObjectType.EVENT));
            philosophers.add(ThreadDecl.of("main", new Step.SetEvent("go")));
        }
        for (int i = 0; i < 5; i++) {
            forks.add(ObjectDecl.of("fork" + i, ObjectType.LOCK));
        }
        for (int i = 0; i < 5; i++) {
            String left = "fork" + i;
            String right = "fork" + (i + 1) % 5;
            List<Step> body = new ArrayList<>();
            if (gated) {
                body.add(new Step.Wait("go", null));
            }
            body.addAll(List.of(
                    new Step.Acquire(left, null, null),
                    new Step.Acquire(right, null, null),
                    new Step.Compute(1),
                    new Step.Release(right),
                    new Step.Release(left)));
            philosophers.add(new ThreadDecl("philosopher" + i, null, 1, false, "auto", "main", null, body));
        }
        return Scenario.of(new RuntimeConfig(Model.GIL, 4, 5, 1, Policy.FIFO), forks, List.of(), philosophers);
    }

    record SpinResult(double millis, String states, String transitions) {
    }

    private static SpinResult runSpin(String promela) throws Exception {
        Path dir = Files.createTempDirectory("spin-bench");
        try (InputStream model = ExplorerVsSpin.class.getResourceAsStream(promela)) {
            if (model == null) {
                throw new IllegalStateException(promela + " is missing beside " + ExplorerVsSpin.class.getName());
            }
            Files.copy(model, dir.resolve(promela));
        }
        long t0 = System.nanoTime();
        run(dir, "spin", "-a", promela);
        run(dir, "gcc", "-O2", "-DSAFETY", "-DNOCLAIM", "-o", "pan", "pan.c");
        String out = run(dir, "./pan", "-c0", "-n", "-m100000");
        double ms = (System.nanoTime() - t0) / 1e6;
        return new SpinResult(ms, find(out, "(\\d+) states, stored"), find(out, "(\\d+) transitions"));
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : "?";
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 && !command[0].endsWith("pan")) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        return out;
    }
}
