package dev.threadlab.engine.calibration;

import dev.threadlab.engine.Outcome;
import dev.threadlab.engine.RunResult;
import dev.threadlab.engine.Simulator;
import dev.threadlab.engine.model.Model;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** docs/DESIGN.md's motivating example at full size: 10,000 items, 0.1 s read + 1 s compute each. */
class SeedExampleTest {

    private static final int ITEMS = 10_000;

    private static double seconds(RunResult r) {
        assertThat(r.summary().outcome()).isEqualTo(Outcome.COMPLETED);
        return r.summary().elapsedMs() / 1000;
    }

    @Test
    void one_thread_takes_exactly_eleven_thousand_seconds() {
        assertThat(seconds(Simulator.run(SeedExample.serial(ITEMS)))).isEqualTo(11_000.0);
    }

    @Test
    void four_threads_under_the_gil_overlap_the_reads_but_not_the_computing() {
        RunResult r = Simulator.run(SeedExample.threads(ITEMS, 4, Model.GIL));
        double s = seconds(r);
        System.out.printf("seed GIL 4 threads: %.3f s, %d events%n", s, r.summary().eventCount());
        assertThat(s).isBetween(10_000.0, 10_000.0 * 1.01);
    }

    @Test
    void four_threads_free_threaded_divide_the_computing_by_four() {
        double s = seconds(Simulator.run(SeedExample.threads(ITEMS, 4, Model.FREE_THREADED)));
        System.out.printf("seed free-threaded 4 threads: %.3f s%n", s);
        assertThat(s).isCloseTo(2_500.0, within(2_500 * 0.02));
    }

    @Test
    void four_processes_on_four_cores_divide_the_computing_by_four() {
        double s = seconds(Simulator.run(SeedExample.processes(ITEMS, 4)));
        System.out.printf("seed 4 processes: %.3f s%n", s);
        assertThat(s).isCloseTo(2_500.0, within(2_500 * 0.02));
    }
}
