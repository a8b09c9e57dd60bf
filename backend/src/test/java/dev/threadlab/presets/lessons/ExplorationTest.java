package dev.threadlab.presets.lessons;

import dev.threadlab.engine.Outcome;
import dev.threadlab.engine.Timing;
import dev.threadlab.engine.explore.ExploreOptions;
import dev.threadlab.engine.explore.Explorer;
import dev.threadlab.engine.explore.Exploration;
import dev.threadlab.engine.explore.OutcomeClass;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Litmus tests on the lessons' claims of "never" and "can": every schedule of a small version of the preset (the
 * same threads and steps, fewer loop iterations) is explored by the engine's {@link Explorer}, and the set of outcomes
 * must be exactly what the lesson says.
 */
class ExplorationTest {

    private static final int MAX_SCHEDULES = 2_000_000;

    /** Every outcome CPython permits (timing any, the explorer's default), as the lab's Explore button shows. */
    private static Exploration explore(String id, int times) {
        return explore(LessonRuns.shrunk(id, times), id, Timing.ANY);
    }

    private static Exploration explore(String id, int times, int count) {
        return explore(LessonRuns.shrunk(id, times, count), id, Timing.ANY);
    }

    /** Only the outcomes the simulated clock's timing reaches ("with ordinary timing"). */
    private static Exploration exploreSimulated(String id, int times) {
        return explore(LessonRuns.shrunk(id, times), id, Timing.SIMULATED);
    }

    private static Exploration explore(dev.threadlab.engine.model.Scenario s, String id, Timing timing) {
        Exploration e = Explorer.explore(s, ExploreOptions.defaults().withTiming(timing)
                .withMaxSchedules(MAX_SCHEDULES).withMaxMillis(120_000));
        assertThat(e.complete()).as("%s: every schedule explored (%d run, %s)", id, e.schedules(), e.stoppedBy())
                .isTrue();
        return e;
    }

    @Test
    void read_call_write_without_a_lock_can_lose_an_update() {
        Exploration e = explore("lost-update", 2);

        assertThat(e.outcomes()).extracting(o -> o.variables().get("counter")).contains(4L).anyMatch(c -> c < 4L);
    }

    @Test
    void read_call_write_under_a_lock_never_loses_an_update() {
        Exploration e = explore("lost-update-fixed", 1);

        assertThat(e.outcomes()).allSatisfy(o -> {
            assertThat(o.outcome()).isEqualTo(Outcome.COMPLETED);
            assertThat(o.variables()).containsEntry("counter", 2L);
        });
    }

    @Test
    void counter_plus_equals_one_never_loses_an_update_under_the_gil() {
        Exploration e = explore("increment-gil", 2, 2);

        assertThat(e.outcomes()).allSatisfy(o -> assertThat(o.variables()).containsEntry("a", 4L).containsEntry("b", 4L));
    }

    @Test
    void counter_plus_equals_one_can_lose_an_update_when_free_threaded() {
        Exploration e = explore("increment-free-threaded", 1, 2);

        assertThat(e.outcomes()).extracting(o -> o.variables().get("a")).contains(2L, 1L);
    }

    @Test
    void two_locks_in_opposite_orders_can_deadlock_and_only_with_the_two_edge_cycle() {
        Exploration e = explore("two-locks-deadlock", 1);

        assertThat(e.outcomes()).extracting(OutcomeClass::outcome).contains(Outcome.DEADLOCK);
        assertThat(e.outcomes()).filteredOn(o -> o.outcome() == Outcome.DEADLOCK)
                .allSatisfy(o -> assertThat(o.deadlock()).hasSize(2));
    }

    @Test
    void two_locks_in_one_global_order_never_deadlock() {
        Exploration e = explore("two-locks-fixed-order", 1);

        assertThat(e.outcomes()).extracting(OutcomeClass::outcome).containsOnly(Outcome.COMPLETED);
    }

    @Test
    void an_rlock_never_blocks_its_owner_and_a_lock_always_does() {
        assertThat(explore("rlock-reentry", 1).outcomes()).extracting(OutcomeClass::outcome).containsOnly(Outcome.COMPLETED);
        assertThat(explore("lock-self-deadlock", 1).outcomes()).extracting(OutcomeClass::outcome).containsOnly(Outcome.DEADLOCK);
    }

    @Test
    void dining_philosophers_taking_the_lower_fork_first_never_deadlock() {
        Exploration e = explore("dining-philosophers-ordering", 1);

        assertThat(e.outcomes()).allSatisfy(o -> {
            assertThat(o.outcome()).isEqualTo(Outcome.COMPLETED);
            assertThat(o.variables()).containsEntry("meals", 5L);
        });
    }

    @Test
    void dining_philosophers_who_all_take_the_left_fork_first_always_deadlock_with_ordinary_timing() {
        assertThat(exploreSimulated("dining-philosophers-deadlock", 1).outcomes()).extracting(OutcomeClass::outcome)
                .containsOnly(Outcome.DEADLOCK);
    }

    @Test
    void dining_philosophers_who_all_take_the_left_fork_first_can_also_finish_with_unusual_timing() {
        Exploration e = explore("dining-philosophers-deadlock", 1);

        assertThat(e.outcomes()).extracting(OutcomeClass::outcome)
                .containsExactlyInAnyOrder(Outcome.DEADLOCK, Outcome.COMPLETED);
        assertThat(e.outcomes()).allSatisfy(o -> assertThat(o.seenWithSimulatedTiming())
                .isEqualTo(o.outcome() == Outcome.DEADLOCK));
    }

    @Test
    void a_reader_holding_a_permit_never_sees_half_an_update() {
        Exploration e = explore("readers-writers", 3);

        assertThat(e.outcomes()).allSatisfy(o -> assertThat(o.variables())
                .containsEntry("torn_1", 0L).containsEntry("torn_2", 0L).containsEntry("torn_3", 0L));
    }
}
