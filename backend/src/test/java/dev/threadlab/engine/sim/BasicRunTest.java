package dev.threadlab.engine.sim;

import dev.threadlab.engine.Costs;
import dev.threadlab.engine.Outcome;
import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.RunResult;
import dev.threadlab.engine.Simulator;
import dev.threadlab.engine.model.Scenario;
import org.junit.jupiter.api.Test;

import static dev.threadlab.engine.Scenarios.compute;
import static dev.threadlab.engine.Scenarios.increment;
import static dev.threadlab.engine.Scenarios.io;
import static dev.threadlab.engine.Scenarios.print;
import static dev.threadlab.engine.Scenarios.repeat;
import static org.assertj.core.api.Assertions.assertThat;

class BasicRunTest {

    private static RunResult run(Scenario s) {
        return Simulator.run(s, RunOptions.defaults().withCosts(Costs.zero()));
    }

    @Test
    void an_empty_scenario_completes_at_time_zero() {
        RunResult r = run(dev.threadlab.engine.Scenarios.gil().build());
        assertThat(r.summary().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(r.summary().elapsedMs()).isZero();
    }

    @Test
    void one_thread_computing_takes_exactly_its_compute_time() {
        RunResult r = run(dev.threadlab.engine.Scenarios.gil().thread("main", compute(1000), io(100), print("done")).build());
        assertThat(r.summary().elapsedMs()).isEqualTo(1100.0);
        assertThat(r.stdout()).containsExactly("done");
    }

    @Test
    void two_cpu_bound_threads_under_the_gil_take_as_long_as_serial() {
        RunResult r = run(dev.threadlab.engine.Scenarios.gil().thread("a", compute(1000)).thread("b", compute(1000)).build());
        assertThat(r.summary().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(r.summary().elapsedMs()).isEqualTo(2000.0);
        assertThat(r.summary().threads().get(1).waitingGilMs()).isGreaterThan(900);
    }

    @Test
    void two_cpu_bound_threads_free_threaded_run_in_parallel() {
        RunResult r = run(dev.threadlab.engine.Scenarios.freeThreaded().thread("a", compute(1000)).thread("b", compute(1000)).build());
        assertThat(r.summary().elapsedMs()).isEqualTo(1000.0);
    }

    @Test
    void increments_under_the_gil_are_never_lost() {
        RunResult r = run(dev.threadlab.engine.Scenarios.gil().integer("counter", 0)
                .thread(dev.threadlab.engine.model.ThreadDecl.of("w", repeat(1000, compute(0.1), increment("counter"))).withCount(4))
                .build());
        assertThat(r.summary().variables()).containsEntry("counter", 4000L);
        assertThat(r.summary().lostUpdates()).isEmpty();
    }

    @Test
    void a_run_over_its_state_change_budget_ends_with_outcome_limit() {
        RunResult r = Simulator.run(dev.threadlab.engine.Scenarios.gil()
                        .thread(dev.threadlab.engine.model.ThreadDecl.of("w", compute(1000)).withCount(2)).build(),
                RunOptions.defaults().withLimits(dev.threadlab.engine.Limits.defaults().withMaxStateChanges(100)));
        assertThat(r.summary().outcome()).isEqualTo(Outcome.LIMIT);
        assertThat(r.summary().eventCount()).isLessThan(120);
    }

    @Test
    void a_run_over_its_virtual_time_budget_ends_with_outcome_limit() {
        RunResult r = Simulator.run(dev.threadlab.engine.Scenarios.gil().thread("main", compute(5000)).build(),
                RunOptions.defaults().withLimits(dev.threadlab.engine.Limits.defaults().withMaxVirtualSeconds(1)));
        assertThat(r.summary().outcome()).isEqualTo(Outcome.LIMIT);
        assertThat(r.summary().elapsedMs()).isEqualTo(1000.0);
    }

    @Test
    void an_invalid_scenario_is_refused_with_its_problems() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Simulator.run(dev.threadlab.engine.Scenarios.gil()
                        .thread("t", new dev.threadlab.engine.model.Step.Release("nope")).build()))
                .isInstanceOfSatisfying(dev.threadlab.engine.InvalidScenarioException.class,
                        e -> assertThat(e.problems()).extracting(dev.threadlab.engine.validate.Problem::path)
                                .containsExactly("threads[0].body[0].target"));
    }
}
