package dev.threadlab.engine.explore;

import dev.threadlab.engine.Outcome;
import dev.threadlab.engine.Scenarios;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.ThreadDecl;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static dev.threadlab.engine.Scenarios.acquire;
import static dev.threadlab.engine.Scenarios.compute;
import static dev.threadlab.engine.Scenarios.increment;
import static dev.threadlab.engine.Scenarios.print;
import static dev.threadlab.engine.Scenarios.read;
import static dev.threadlab.engine.Scenarios.release;
import static dev.threadlab.engine.Scenarios.waitOn;
import static dev.threadlab.engine.Scenarios.with;
import static dev.threadlab.engine.Scenarios.write;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Litmus tests in the jcstress/Lincheck style: every schedule of a tiny scenario is run and the exact set of reachable
 * outcomes is asserted — nothing forbidden is reachable, everything allowed is.
 */
class LitmusTest {

    private static Exploration explore(Scenario s) {
        Exploration e = Explorer.explore(s, ExploreOptions.defaults().withMaxSchedules(2_000_000)
                .withMaxMillis(120_000));
        assertThat(e.complete()).as("explored every schedule (stopped by %s after %d runs, %d states)",
                e.stoppedBy(), e.schedules(), e.states()).isTrue();
        return e;
    }

    private static Set<Long> counters(Exploration e) {
        return e.outcomes().stream().map(o -> o.variables().get("counter")).collect(Collectors.toSet());
    }

    private static Scenario twoWorkers(Scenarios base, dev.threadlab.engine.model.Step... body) {
        return base.integer("counter", 0).object("lock", ObjectType.LOCK)
                .thread(ThreadDecl.of("w", body).withCount(2)).build();
    }

    /** Both workers wait at a gate (an Event the main thread sets once both are started), so they start together. */
    private static Scenario gatedWorkers(Scenarios base, dev.threadlab.engine.model.Step... body) {
        java.util.List<dev.threadlab.engine.model.Step> steps = new java.util.ArrayList<>();
        steps.add(waitOn("go"));
        steps.addAll(java.util.List.of(body));
        return base.integer("counter", 0).object("lock", ObjectType.LOCK).object("go", ObjectType.EVENT)
                .thread("main", dev.threadlab.engine.Scenarios.set("go"))
                .thread(ThreadDecl.of("w", steps.toArray(dev.threadlab.engine.model.Step[]::new)).withCount(2)).build();
    }

    @Test
    void read_call_write_under_the_gil_can_lose_an_update() {
        Scenario s = twoWorkers(Scenarios.gil(), read("counter", "tmp"), compute(1), write("counter", "tmp + 1"));
        assertThat(counters(explore(s))).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void read_print_write_under_the_gil_can_lose_an_update_because_print_is_a_call() {
        Scenario s = gatedWorkers(Scenarios.gil(), read("counter", "tmp"), print("hi"), write("counter", "tmp + 1"));
        assertThat(counters(explore(s))).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void read_then_write_without_a_call_between_is_never_cut_under_the_gil() {
        Scenario s = gatedWorkers(Scenarios.gil(), print("go"), read("counter", "tmp"), write("counter", "tmp + 1"));
        assertThat(counters(explore(s))).containsExactly(2L);
    }

    @Test
    void read_call_write_inside_a_lock_never_loses_an_update() {
        Scenario s = twoWorkers(Scenarios.gil(),
                with("lock", read("counter", "tmp"), compute(1), write("counter", "tmp + 1")));
        assertThat(counters(explore(s))).containsExactly(2L);
    }

    @Test
    void increment_under_the_gil_is_never_cut() {
        Scenario s = gatedWorkers(Scenarios.gil(), print("go"), increment("counter"), print("done"));
        assertThat(counters(explore(s))).containsExactly(2L);
    }

    @Test
    void increment_free_threaded_can_lose_an_update() {
        Scenario s = gatedWorkers(Scenarios.freeThreaded(), increment("counter"));
        assertThat(counters(explore(s))).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void increment_free_threaded_inside_a_lock_never_loses_an_update() {
        Scenario s = gatedWorkers(Scenarios.freeThreaded(), with("lock", increment("counter")));
        assertThat(counters(explore(s))).containsExactly(2L);
    }

    @Test
    void read_call_write_inside_a_lock_free_threaded_never_loses_an_update() {
        Scenario s = gatedWorkers(Scenarios.freeThreaded(),
                with("lock", read("counter", "tmp"), print("call"), write("counter", "tmp + 1")));
        assertThat(counters(explore(s))).containsExactly(2L);
    }

    @Test
    void a_semaphore_of_one_is_a_mutex() {
        Scenario s = Scenarios.gil().integer("counter", 0).object(new dev.threadlab.engine.model.ObjectDecl("sem",
                        ObjectType.SEMAPHORE, 1L, null, null)).object("go", ObjectType.EVENT)
                .thread("main", dev.threadlab.engine.Scenarios.set("go"))
                .thread(ThreadDecl.of("w", waitOn("go"), with("sem", read("counter", "tmp"), compute(1),
                        write("counter", "tmp + 1"))).withCount(2)).build();
        assertThat(counters(explore(s))).containsExactly(2L);
    }

    @Test
    void two_locks_taken_in_opposite_orders_can_deadlock() {
        Scenario s = Scenarios.gil().object("a", ObjectType.LOCK).object("b", ObjectType.LOCK)
                .thread("t1", acquire("a"), compute(1), acquire("b"), release("b"), release("a"))
                .thread("t2", acquire("b"), compute(1), acquire("a"), release("a"), release("b"))
                .build();
        Exploration e = explore(s);
        assertThat(e.outcomes()).extracting(OutcomeClass::outcome)
                .containsExactlyInAnyOrder(Outcome.COMPLETED, Outcome.DEADLOCK);
        OutcomeClass dead = e.outcomes().stream().filter(o -> o.outcome() == Outcome.DEADLOCK).findFirst().orElseThrow();
        assertThat(dead.deadlock()).extracting(w -> w.thread() + "->" + w.waitsFor() + "->" + w.heldBy())
                .containsExactly("t1->b->t2", "t2->a->t1");
    }

    @Test
    void a_wait_on_an_event_nobody_sets_always_deadlocks() {
        Scenario s = Scenarios.gil().object("ev", ObjectType.EVENT).thread("t", waitOn("ev")).build();
        Exploration e = explore(s);
        assertThat(e.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo(Outcome.DEADLOCK);
            assertThat(o.deadlock()).extracting(w -> w.thread() + "->" + w.waitsFor())
                    .contains("t->ev", "main->threading._shutdown");
        });
    }

    @Test
    void every_witness_replays_to_its_outcome() {
        Scenario s = twoWorkers(Scenarios.gil(), read("counter", "tmp"), compute(1), write("counter", "tmp + 1"));
        for (OutcomeClass o : explore(s).outcomes()) {
            var r = dev.threadlab.engine.Simulator.run(s, dev.threadlab.engine.RunOptions.defaults()
                    .withExploring(true).withTiming(dev.threadlab.engine.Timing.ANY).withSchedule(o.witness()));
            assertThat(r.summary().variables()).isEqualTo(o.variables());
        }
    }

    /**
     * Five philosophers, each taking fork i then fork i+1 (or, with the fix, the lower-numbered fork first), thinking
     * (a call) between the two; they wait at a gate so they start together.
     */
    private static Scenario philosophers(boolean orderedForks) {
        Scenarios s = Scenarios.gil().object("go", ObjectType.EVENT).thread("main", dev.threadlab.engine.Scenarios.set("go"));
        for (int i = 0; i < 5; i++) {
            s.object("fork" + i, ObjectType.LOCK);
        }
        for (int i = 0; i < 5; i++) {
            int left = i;
            int right = (i + 1) % 5;
            int first = orderedForks ? Math.min(left, right) : left;
            int second = orderedForks ? Math.max(left, right) : right;
            s.thread("philosopher" + i, waitOn("go"), acquire("fork" + first), compute(1), acquire("fork" + second),
                    release("fork" + second), release("fork" + first));
        }
        return s.build();
    }

    @Test
    void five_dining_philosophers_can_deadlock_with_everyone_holding_a_left_fork() {
        Exploration e = explore(philosophers(false));
        assertThat(e.outcomes()).extracting(OutcomeClass::outcome)
                .containsExactlyInAnyOrder(Outcome.COMPLETED, Outcome.DEADLOCK);
        OutcomeClass dead = e.outcomes().stream().filter(o -> o.outcome() == Outcome.DEADLOCK).findFirst().orElseThrow();
        assertThat(dead.deadlock()).hasSize(5);
    }

    @Test
    void five_dining_philosophers_taking_the_lower_fork_first_never_deadlock() {
        Exploration e = explore(philosophers(true));
        assertThat(e.outcomes()).extracting(OutcomeClass::outcome).containsExactly(Outcome.COMPLETED);
    }

    @Test
    void the_lost_update_witness_needs_one_preemption_and_the_good_outcome_none() {
        Scenario s = gatedWorkers(Scenarios.gil(), read("counter", "tmp"), compute(1), write("counter", "tmp + 1"));
        Exploration e = Explorer.explore(s, ExploreOptions.defaults().withTiming(dev.threadlab.engine.Timing.SIMULATED));
        assertThat(e.outcomes()).allSatisfy(o -> assertThat(o.preemptions())
                .hasSize(o.variables().get("counter") == 1L ? 1 : 0));
    }

    /**
     * Any timing ranks witnesses by a bound on their preemptions (which thread ran last is not part of the state), so
     * a witness may take more than the fewest; a lost update still needs at least one, the good outcome none.
     */
    @Test
    void under_any_timing_a_lost_update_witness_preempts_and_the_good_outcome_needs_no_preemption() {
        Scenario s = gatedWorkers(Scenarios.gil(), read("counter", "tmp"), compute(1), write("counter", "tmp + 1"));
        for (OutcomeClass o : explore(s).outcomes()) {
            if (o.variables().get("counter") == 1L) {
                assertThat(o.preemptions()).isNotEmpty();
            } else {
                assertThat(o.preemptions()).isEmpty();
            }
        }
    }

    /**
     * Peterson's algorithm for two threads under sequential consistency, with a read-call-write of a counter as the
     * critical section: if mutual exclusion holds, no update is lost. {@code brokenEntry} checks the other's flag
     * before raising its own (no turn), which lets both in.
     */
    private static Scenario peterson(Scenarios base, boolean brokenEntry) {
        base.integer("counter", 0).integer("flag0", 0).integer("flag1", 0).integer("turn", 0)
                .object("go", ObjectType.EVENT).thread("main", dev.threadlab.engine.Scenarios.set("go"));
        for (int me = 0; me < 2; me++) {
            int other = 1 - me;
            java.util.List<dev.threadlab.engine.model.Step> body = new java.util.ArrayList<>();
            body.add(waitOn("go"));
            if (brokenEntry) {
                body.add(new dev.threadlab.engine.model.Step.SpinUntil("flag" + other + " == 0"));
                body.add(write("flag" + me, "1"));
            } else {
                body.add(write("flag" + me, "1"));
                body.add(write("turn", String.valueOf(other)));
                body.add(new dev.threadlab.engine.model.Step.SpinUntil("flag" + other + " == 0 or turn == " + me));
            }
            body.add(read("counter", "tmp"));
            body.add(compute(1));
            body.add(write("counter", "tmp + 1"));
            body.add(write("flag" + me, "0"));
            base.thread("t" + me, body.toArray(dev.threadlab.engine.model.Step[]::new));
        }
        return base.build();
    }

    @Test
    void petersons_algorithm_gives_mutual_exclusion_under_the_gil() {
        Exploration e = explore(peterson(Scenarios.gil(), false));
        assertThat(e.outcomes()).extracting(OutcomeClass::outcome).containsOnly(Outcome.COMPLETED);
        assertThat(counters(e)).containsExactly(2L);
    }

    @Test
    void petersons_algorithm_gives_mutual_exclusion_free_threaded_where_every_instruction_can_interleave() {
        Exploration e = explore(peterson(Scenarios.freeThreaded(), false));
        assertThat(e.outcomes()).extracting(OutcomeClass::outcome).containsOnly(Outcome.COMPLETED);
        assertThat(counters(e)).containsExactly(2L);
    }

    @Test
    void checking_the_other_flag_before_raising_ones_own_lets_both_in() {
        Exploration e = explore(peterson(Scenarios.freeThreaded(), true));
        assertThat(counters(e)).containsExactlyInAnyOrder(1L, 2L);
    }
}
