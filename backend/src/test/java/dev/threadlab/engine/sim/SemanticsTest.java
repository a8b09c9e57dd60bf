package dev.threadlab.engine.sim;

import dev.threadlab.engine.Outcome;
import dev.threadlab.engine.RunResult;
import dev.threadlab.engine.Scenarios;
import dev.threadlab.engine.Simulator;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.Step;
import dev.threadlab.engine.model.ThreadDecl;
import org.junit.jupiter.api.Test;

import static dev.threadlab.engine.Scenarios.increment;
import static dev.threadlab.engine.Scenarios.join;
import static dev.threadlab.engine.Scenarios.print;
import static dev.threadlab.engine.Scenarios.read;
import static dev.threadlab.engine.Scenarios.sleep;
import static dev.threadlab.engine.Scenarios.start;
import static dev.threadlab.engine.Scenarios.write;
import static org.assertj.core.api.Assertions.assertThat;

/** Life-cycle semantics: timers, daemons, processes, lost updates. */
class SemanticsTest {

    @Test
    void a_cancelled_timer_never_runs() {
        RunResult r = Simulator.run(Scenarios.gil()
                .thread(ThreadDecl.of("timer", print("fired")).withTimer(200.0))
                .thread("main", sleep(50), new Step.Cancel("timer")).build());
        assertThat(r.stdout()).isEmpty();
        assertThat(r.summary().elapsedMs()).isLessThan(60.0);
    }

    @Test
    void cancelling_a_timer_after_it_fired_is_a_no_op() {
        RunResult r = Simulator.run(Scenarios.gil()
                .thread(ThreadDecl.of("timer", print("fired")).withTimer(20.0))
                .thread("main", sleep(50), new Step.Cancel("timer")).build());
        assertThat(r.summary().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(r.stdout()).containsExactly("fired");
    }

    @Test
    void daemon_threads_are_killed_when_main_and_non_daemon_threads_are_done() {
        RunResult r = Simulator.run(Scenarios.gil()
                .thread(ThreadDecl.of("daemon", print("daemon: started"), sleep(1000), print("daemon: finally"))
                        .withDaemon(true))
                .thread("worker", sleep(300), print("non-daemon: done sleeping"))
                .thread("main", print("main: end of script")).build());
        assertThat(r.stdout()).containsExactly("daemon: started", "main: end of script", "non-daemon: done sleeping");
        assertThat(r.summary().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(r.summary().elapsedMs()).isBetween(300.0, 301.0);
    }

    @Test
    void a_child_process_works_on_a_copy_of_the_objects() {
        RunResult r = Simulator.run(Scenarios.gil().integer("counter", 5).process("p")
                .thread(ThreadDecl.of("child", increment("counter"), increment("counter")).withProcess("p"))
                .thread("main", join("p"), read("counter", "c"), print("parent sees {c}")).build());
        assertThat(r.summary().variables()).containsEntry("counter", 5L).containsEntry("p/counter", 7L);
        assertThat(r.stdout()).containsExactly("parent sees 5");
    }

    @Test
    void a_lock_held_at_fork_stays_held_in_the_child_forever() {
        RunResult r = Simulator.run(Scenarios.gil().object("lock", ObjectType.LOCK)
                .manualProcess("p").thread(ThreadDecl.of("child", Scenarios.acquire("lock")).withProcess("p"))
                .thread("main", Scenarios.acquire("lock"), start("p"), Scenarios.release("lock"), join("p"))
                .build());
        assertThat(r.summary().errors()).isEmpty();
        assertThat(r.summary().outcome()).isEqualTo(Outcome.DEADLOCK);
    }

    @Test
    void free_threaded_read_compute_write_loses_updates_and_counts_them() {
        RunResult r = Simulator.run(Scenarios.freeThreaded().integer("counter", 0)
                .thread(ThreadDecl.of("w", Scenarios.repeat(3, read("counter", "tmp"), Scenarios.compute(1),
                        write("counter", "tmp + 1"))).withCount(2)).build());
        long counter = r.summary().variables().get("counter");
        assertThat(counter).isLessThan(6);
        assertThat(r.summary().lostUpdates().get("counter")).isGreaterThanOrEqualTo(6 - counter);
    }

    @Test
    void processes_started_manually_run_only_when_started() {
        RunResult r = Simulator.run(dev.threadlab.engine.model.Scenario.of(
                dev.threadlab.engine.model.RuntimeConfig.defaults(), java.util.List.of(),
                java.util.List.of(new dev.threadlab.engine.model.ProcessDecl("p", "manual")),
                java.util.List.of(ThreadDecl.of("child", print("child")).withProcess("p"),
                        ThreadDecl.of("main", print("before"), sleep(10), start("p"), join("p"), print("after")))));
        assertThat(r.stdout()).containsExactly("before", "child", "after");
        assertThat(r.summary().elapsedMs()).isGreaterThan(12.0);
    }
}
