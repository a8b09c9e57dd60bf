package dev.threadlab.engine.sim;

import dev.threadlab.engine.Outcome;
import dev.threadlab.engine.RunResult;
import dev.threadlab.engine.Scenarios;
import dev.threadlab.engine.Simulator;
import dev.threadlab.engine.explore.Bound;
import dev.threadlab.engine.explore.Exploration;
import dev.threadlab.engine.explore.ExploreOptions;
import dev.threadlab.engine.explore.Explorer;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.Step;
import dev.threadlab.engine.model.ThreadDecl;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.threadlab.engine.Scenarios.acquire;
import static dev.threadlab.engine.Scenarios.increment;
import static dev.threadlab.engine.Scenarios.print;
import static dev.threadlab.engine.Scenarios.release;
import static dev.threadlab.engine.Scenarios.sleep;
import static dev.threadlab.engine.Scenarios.with;
import static org.assertj.core.api.Assertions.assertThat;

/** if/while/break: conditions with Python's values, calls with their real effect, break leaving with blocks. */
class ConditionsTest {

    private static Step ifThen(String condition, Step... then) {
        return new Step.If(condition, List.of(then), List.of());
    }

    private static Step ifElse(String condition, List<Step> then, List<Step> otherwise) {
        return new Step.If(condition, then, otherwise);
    }

    private static Step loop(String condition, Step... body) {
        return new Step.While(condition, List.of(body));
    }

    @Test
    void a_non_blocking_acquire_in_a_condition_takes_the_lock_when_it_is_free_and_says_false_when_not() {
        RunResult r = Simulator.run(Scenarios.gil().object("lock", ObjectType.LOCK)
                .thread("main",
                        ifElse("lock.acquire(blocking=False)", List.of(print("got it")), List.of(print("taken"))),
                        ifElse("not lock.acquire(blocking=False)", List.of(print("taken")), List.of(print("got it again"))),
                        ifThen("lock.locked()", release("lock"), print("released")))
                .build());

        assertThat(r.summary().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(r.stdout()).containsExactly("got it", "taken", "released");
    }

    @Test
    void a_while_loop_counts_and_break_leaves_it_releasing_the_with_block_it_leaves() {
        RunResult r = Simulator.run(Scenarios.gil().object("lock", ObjectType.LOCK).integer("n", 0)
                .thread("main",
                        loop("True", with("lock", increment("n"), new Step.Read("n", "k"), ifThen("k >= 3", new Step.Break()))),
                        ifThen("lock.locked()", print("still held")),
                        new Step.Read("n", "k"), print("n {k}"))
                .build());

        assertThat(r.summary().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(r.stdout()).containsExactly("n 3");
    }

    @Test
    void workers_stop_at_none_sentinels_and_a_local_holding_none_prints_none() {
        RunResult r = Simulator.run(Scenarios.gil().object("q", ObjectType.QUEUE).integer("done", 0)
                .thread(ThreadDecl.of("worker", loop("True",
                        new Step.Get("q", "item", null, null),
                        ifThen("item is None", print("stop {item}"), new Step.Break()),
                        increment("done"))).withCount(2))
                .thread("main", new Step.Put("q", "1", null, null), new Step.Put("q", "2", null, null),
                        new Step.Put("q", null, null, null), new Step.Put("q", "None", null, null))
                .build());

        assertThat(r.summary().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(r.summary().variables()).containsEntry("done", 2L);
        assertThat(r.stdout()).containsExactly("stop None", "stop None");
    }

    @Test
    void an_event_wait_with_a_timeout_is_false_when_it_times_out() {
        RunResult r = Simulator.run(Scenarios.gil().object("ev", ObjectType.EVENT).integer("rounds", 0)
                .thread("setter", sleep(25), new Step.SetEvent("ev"))
                .thread("main", loop("not ev.wait(0.01)", increment("rounds")))
                .build());

        assertThat(r.summary().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(r.summary().variables()).containsEntry("rounds", 2L);
    }

    @Test
    void comparing_none_with_an_int_by_order_raises_a_type_error() {
        RunResult r = Simulator.run(Scenarios.gil().object("q", ObjectType.QUEUE)
                .thread("main", new Step.Put("q", null, null, null), new Step.Get("q", "item", null, null),
                        ifThen("item < 1", print("less")))
                .build());

        assertThat(r.summary().errors()).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo("TypeError"));
    }

    @Test
    void a_spin_nothing_else_can_end_stops_the_exploration_at_its_depth_bound() {
        Exploration e = Explorer.explore(Scenarios.gil().object("lock", ObjectType.LOCK)
                .thread("main", acquire("lock"), loop("lock.locked()")).build(), ExploreOptions.defaults().withMaxDepth(50));

        assertThat(e.complete()).isFalse();
        assertThat(e.stoppedBy()).isEqualTo(Bound.DEPTH);
    }
}
