package dev.threadlab.bench;

import dev.threadlab.engine.EventSink;
import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.RunResult;
import dev.threadlab.engine.Simulator;
import dev.threadlab.engine.calibration.SeedExample;
import dev.threadlab.engine.model.Model;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.timeline.TimelineRecorder;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.function.Supplier;

/**
 * Benchmark (not a test) of the seed example at full size: 10,000 items, 0.1 s read + 1 s compute each.
 * Prints, per run: wall time to simulate, state changes (events) per second, peak heap. Run with
 * {@code ./lab bench engine}. Each case is run a few times; the best wall time is reported (JIT warm-up).
 */
public final class EngineBench {

    private static final int ITEMS = 10_000;
    private static final int ROUNDS = 3;

    private EngineBench() {
    }

    public static void main(String[] args) {
        System.out.printf("%-34s %10s %12s %14s %12s %14s%n", "run", "wall ms", "events", "events/s", "peak heap MB",
                "virtual s");
        bench("GIL, reader + 4 worker threads", SeedExample.threads(ITEMS, 4, Model.GIL), () -> EventSink.NONE);
        bench("free-threaded, reader + 4 workers", SeedExample.threads(ITEMS, 4, Model.FREE_THREADED),
                () -> EventSink.NONE);
        bench("4 processes + mp.Queue, 4 cores", SeedExample.processes(ITEMS, 4), () -> EventSink.NONE);
        bench("GIL 4 workers + TimelineRecorder", SeedExample.threads(ITEMS, 4, Model.GIL), TimelineRecorder::new);
        retained();
    }

    /** Heap still used after a full GC while a recorder of the full GIL run is alive: what a server would keep. */
    private static void retained() {
        TimelineRecorder recorder = new TimelineRecorder();
        Simulator.run(SeedExample.threads(ITEMS, 4, Model.GIL), RunOptions.defaults().withSink(recorder));
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("TimelineRecorder of the GIL run: %.1f MB of segment arrays, %.1f MB heap used after GC, "
                + "%d-segment screen query%n", recorder.approximateBytes() / 1048576.0, used / 1048576.0,
                recorder.query(0, recorder.endUs(), recorder.endUs() / 1000).lanes().stream()
                        .mapToInt(l -> l.segments().size()).sum());
    }

    private static void bench(String name, Scenario scenario, Supplier<EventSink> sinks) {
        long best = Long.MAX_VALUE;
        long peak = 0;
        RunResult result = null;
        for (int round = 0; round < ROUNDS; round++) {
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            result = Simulator.run(scenario, RunOptions.defaults().withSink(sinks.get()));
            long wall = System.nanoTime() - start;
            best = Math.min(best, wall);
            peak = Math.max(peak, peakHeapBytes());
        }
        long events = result.summary().eventCount();
        System.out.printf("%-34s %10.1f %12d %14.0f %12.1f %14.3f%n", name, best / 1e6, events,
                events / (best / 1e9), peak / 1048576.0, result.summary().elapsedMs() / 1000);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
