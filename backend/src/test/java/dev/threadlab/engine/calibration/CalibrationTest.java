package dev.threadlab.engine.calibration;

import dev.threadlab.engine.Outcome;
import dev.threadlab.engine.RunResult;
import dev.threadlab.engine.Scenarios;
import dev.threadlab.engine.Simulator;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.ThreadDecl;
import org.junit.jupiter.api.Test;

import static dev.threadlab.engine.Scenarios.compute;
import static dev.threadlab.engine.Scenarios.get;
import static dev.threadlab.engine.Scenarios.put;
import static dev.threadlab.engine.Scenarios.repeat;
import static dev.threadlab.engine.Scenarios.sleep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The simulator's predicted ratios against CPython 3.11 measured ones ({@code docs/reference/cpython-3.11.md} sections A
 * and B, 2 vCPUs, so 2 simulated cores): each within 10 %.
 */
class CalibrationTest {

    private static double elapsed(Scenario s) {
        RunResult r = Simulator.run(s);
        assertThat(r.summary().outcome()).isEqualTo(Outcome.COMPLETED);
        return r.summary().elapsedMs();
    }

    /** The simulated ratio within 10 % of CPython's measured one; printed either way, for the report. */
    private static void assertRatio(double simulated, double measured) {
        System.out.printf("calibration: simulated %.4f, CPython 3.11 measured %.4f%n", simulated, measured);
        assertThat(simulated).isCloseTo(measured, within(measured * 0.10));
    }

    static double cpuSerial() {
        return elapsed(Scenarios.gil().cores(2).thread("main", compute(1000), compute(1000)).build());
    }

    static double cpuThreads() {
        return elapsed(Scenarios.gil().cores(2).thread(ThreadDecl.of("t", compute(1000)).withCount(2)).build());
    }

    static double cpuProcesses() {
        return elapsed(Scenarios.gil().cores(2).process("p1").process("p2")
                .thread(ThreadDecl.of("t1", compute(1000)).withProcess("p1"))
                .thread(ThreadDecl.of("t2", compute(1000)).withProcess("p2")).build());
    }

    static double sleepSerial() {
        return elapsed(Scenarios.gil().cores(2).thread("main", repeat(10, sleep(200))).build());
    }

    static double sleepThreads10() {
        return elapsed(Scenarios.gil().cores(2).thread(ThreadDecl.of("t", sleep(200)).withCount(10)).build());
    }

    static double sleepPool5() {
        return elapsed(Scenarios.gil().cores(2).object("work", ObjectType.QUEUE)
                .thread("main", repeat(10, "i", put("work", "i")))
                .thread(ThreadDecl.of("pool", repeat(2, get("work", "job"), sleep(200))).withCount(5)).build());
    }

    @Test
    void two_cpu_bound_threads_take_about_as_long_as_serial() {
        assertRatio(cpuThreads() / cpuSerial(), 1.050);
    }

    @Test
    void two_cpu_bound_processes_on_two_cores_take_about_half() {
        assertRatio(cpuProcesses() / cpuSerial(), 0.532);
    }

    @Test
    void ten_sleeping_threads_take_about_a_tenth() {
        assertRatio(sleepThreads10() / sleepSerial(), 0.101);
    }

    @Test
    void a_pool_of_five_sleeping_workers_takes_about_a_fifth() {
        assertRatio(sleepPool5() / sleepSerial(), 0.201);
    }
}
