package dev.threadlab.presets.lessons;

import dev.threadlab.engine.Outcome;
import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.Timing;
import dev.threadlab.engine.explore.ExploreOptions;
import dev.threadlab.engine.explore.Explorer;
import dev.threadlab.engine.explore.Exploration;
import dev.threadlab.engine.explore.OutcomeClass;
import dev.threadlab.engine.model.Scenario;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Litmus tests on the lessons' claims of "never" and "can": every schedule of a small version of the preset (the
 * same threads and steps, fewer loop iterations; fewer seats where five philosophers are too many to explore), or of
 * the edit its "What to try" suggests, is explored by the engine's {@link Explorer}, and the set of outcomes must be
 * exactly what the lesson says. A claim that holds whatever the timing is checked with timing any; a claim the
 * notes make "with ordinary timing" is checked with the simulated clock's timing, and the outcomes that need unusual
 * timing must be the ones any timing adds.
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

    /** Every outcome CPython permits for the preset after a learner's edit ("What to try"). */
    private static Exploration explore(String id, int times, Consumer<ObjectNode> edit) {
        return explore(LessonRuns.shrunk(id, times, edit), id, Timing.ANY);
    }

    private static Exploration exploreSimulated(String id, int times, Consumer<ObjectNode> edit) {
        return explore(LessonRuns.shrunk(id, times, edit), id, Timing.SIMULATED);
    }

    private static Exploration explore(Scenario s, String id, Timing timing) {
        return explore(s, id, timing, RunOptions.defaults());
    }

    private static Exploration explore(Scenario s, String id, Timing timing, RunOptions run) {
        Exploration e = Explorer.explore(s, ExploreOptions.defaults().withTiming(timing).withRun(run)
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
    void a_condition_checked_with_if_can_lose_a_wake_up_and_one_checked_with_while_never_does() {
        Exploration withIf = explore("condition-if-lost-wakeup", 2);
        Exploration withWhile = explore("condition-predicate-loop", 2);

        assertThat(withIf.outcomes()).anySatisfy(o -> assertThat(o.variables()).containsEntry("missed", 1L));
        assertThat(withIf.outcomes()).extracting(OutcomeClass::outcome).doesNotContain(Outcome.DEADLOCK);
        assertThat(withWhile.outcomes()).extracting(OutcomeClass::outcome).containsOnly(Outcome.COMPLETED);
        assertThat(withWhile.outcomes()).allSatisfy(o -> assertThat(o.variables())
                .containsEntry("eaten", 2L).containsEntry("items", 0L));
    }

    @Test
    void philosophers_who_back_off_when_the_right_fork_is_taken_never_deadlock() {
        Exploration e = explore(LessonRuns.shrunk("dining-philosophers-backoff", 1, 2),
                "dining-philosophers-backoff", Timing.SIMULATED);

        assertThat(e.outcomes()).extracting(OutcomeClass::outcome).doesNotContain(Outcome.DEADLOCK);
    }

    @Test
    void workers_stopping_at_none_sentinels_always_do_every_job() {
        Exploration e = explore("queue-pool-sentinels", 3);

        assertThat(e.outcomes()).extracting(OutcomeClass::outcome).containsOnly(Outcome.COMPLETED);
        assertThat(e.outcomes()).allSatisfy(o -> assertThat(o.variables()).containsEntry("done", 3L));
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
    void a_waiter_admitting_all_but_one_philosopher_never_deadlocks_and_admitting_all_can() {
        // Five philosophers of one meal are 4.8 million schedules: the same table with four seats and a waiter of three.
        Exploration e = explore("dining-philosophers-waiter", 1, s -> table(s, 4, 3));
        assertThat(e.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo(Outcome.COMPLETED);
            assertThat(o.variables()).containsEntry("meals", 4L);
        });

        assertThat(explore("dining-philosophers-waiter", 1, s -> table(s, 4, 4)).outcomes())
                .extracting(OutcomeClass::outcome).contains(Outcome.DEADLOCK);
    }

    @Test
    void philosophers_ignoring_their_timeouts_never_deadlock_and_err_unless_nobody_times_out() {
        // The five-seat table is too big to explore whole: three seats, one meal.
        Exploration e = explore("dining-philosophers-timeout", 1, s -> table(s, 3, 0));

        assertThat(e.outcomes()).extracting(OutcomeClass::outcome)
                .containsOnly(Outcome.ERROR, Outcome.COMPLETED).contains(Outcome.ERROR);
        assertThat(e.outcomes()).filteredOn(o -> o.outcome() == Outcome.COMPLETED).singleElement().satisfies(o -> {
            assertThat(o.variables()).containsEntry("meals", 3L);
            assertThat(o.seenWithSimulatedTiming()).isFalse();
        });
        assertThat(e.outcomes()).filteredOn(o -> o.outcome() == Outcome.ERROR).allSatisfy(o -> assertThat(o.errors())
                .allSatisfy(error -> assertThat(error).endsWith("RuntimeError: release unlocked lock")));
    }

    @Test
    void a_reader_holding_a_permit_never_sees_half_an_update() {
        Exploration e = explore("readers-writers", 3);

        assertThat(e.outcomes()).allSatisfy(o -> assertThat(o.variables())
                .containsEntry("torn_1", 0L).containsEntry("torn_2", 0L).containsEntry("torn_3", 0L));
    }

    @Test
    void dining_philosophers_without_the_pause_get_through_with_ordinary_timing_and_deadlock_only_with_unusual_timing() {
        Consumer<ObjectNode> withoutPause = s -> {
            for (int k = 0; k < 5; k++) {
                steps(s, k, 0).remove(1);
            }
        };
        assertThat(exploreSimulated("dining-philosophers-deadlock", 1, withoutPause).outcomes())
                .extracting(OutcomeClass::outcome).containsOnly(Outcome.COMPLETED);

        Exploration e = explore("dining-philosophers-deadlock", 1, withoutPause);
        assertThat(e.outcomes()).extracting(OutcomeClass::outcome).contains(Outcome.DEADLOCK, Outcome.COMPLETED);
        assertThat(e.outcomes()).allSatisfy(o -> assertThat(o.seenWithSimulatedTiming())
                .isEqualTo(o.outcome() == Outcome.COMPLETED));
    }

    @Test
    void two_locks_in_opposite_orders_always_deadlock_with_ordinary_timing_and_complete_only_with_unusual_timing() {
        assertThat(exploreSimulated("two-locks-deadlock", 1).outcomes()).extracting(OutcomeClass::outcome)
                .containsOnly(Outcome.DEADLOCK);

        Exploration e = explore("two-locks-deadlock", 1);
        assertThat(e.outcomes()).extracting(OutcomeClass::outcome)
                .containsExactlyInAnyOrder(Outcome.DEADLOCK, Outcome.COMPLETED);
        assertThat(e.outcomes()).allSatisfy(o -> assertThat(o.seenWithSimulatedTiming())
                .isEqualTo(o.outcome() == Outcome.DEADLOCK));
    }

    @Test
    void two_locks_without_the_sleeps_complete_with_ordinary_timing_and_deadlock_only_with_unusual_timing() {
        Consumer<ObjectNode> withoutSleeps = s -> {
            steps(s, 0).remove(1);
            steps(s, 1).remove(1);
        };
        assertThat(exploreSimulated("two-locks-deadlock", 1, withoutSleeps).outcomes())
                .extracting(OutcomeClass::outcome).containsOnly(Outcome.COMPLETED);

        Exploration e = explore("two-locks-deadlock", 1, withoutSleeps);
        assertThat(e.outcomes()).extracting(OutcomeClass::outcome)
                .containsExactlyInAnyOrder(Outcome.DEADLOCK, Outcome.COMPLETED);
        assertThat(e.outcomes()).allSatisfy(o -> assertThat(o.seenWithSimulatedTiming())
                .isEqualTo(o.outcome() == Outcome.COMPLETED));
    }

    @Test
    void a_timer_cancelled_at_50_ms_never_rings_with_ordinary_timing_but_can_if_main_is_stalled() {
        assertThat(exploreSimulated("timer-cancelled", 1).outcomes()).extracting(o -> o.variables().get("fired"))
                .containsOnly(0L);

        Exploration e = explore("timer-cancelled", 1);
        assertThat(e.outcomes()).extracting(o -> o.variables().get("fired")).containsExactlyInAnyOrder(0L, 1L);
        assertThat(e.outcomes()).allSatisfy(o -> assertThat(o.seenWithSimulatedTiming())
                .isEqualTo(o.variables().get("fired") == 0L));
    }

    @Test
    void a_timer_cancelled_at_300_ms_always_rings_first_with_ordinary_timing_but_not_if_it_is_stalled() {
        assertThat(exploreSimulated("timer-fires", 1).outcomes()).extracting(o -> o.variables().get("fired"))
                .containsOnly(1L);

        Exploration e = explore("timer-fires", 1);
        assertThat(e.outcomes()).extracting(o -> o.variables().get("fired")).containsExactlyInAnyOrder(0L, 1L);
        assertThat(e.outcomes()).allSatisfy(o -> assertThat(o.seenWithSimulatedTiming())
                .isEqualTo(o.variables().get("fired") == 1L));
    }

    @Test
    void condition_consumers_always_wait_before_the_next_notify_with_ordinary_timing_and_miss_it_only_with_unusual_timing() {
        assertThat(exploreSimulated("condition-producer-consumer", 2).outcomes()).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo(Outcome.COMPLETED);
            assertThat(o.variables()).containsEntry("items", 0L).containsEntry("eaten", 4L);
        });

        Exploration e = explore("condition-producer-consumer", 2);
        assertThat(e.outcomes()).extracting(OutcomeClass::outcome).contains(Outcome.DEADLOCK);
        assertThat(e.outcomes()).allSatisfy(o -> {
            assertThat(o.outcome()).isIn(Outcome.COMPLETED, Outcome.DEADLOCK);
            assertThat(o.seenWithSimulatedTiming()).isEqualTo(o.outcome() == Outcome.COMPLETED);
        });
        assertThat(e.outcomes()).filteredOn(o -> o.outcome() == Outcome.COMPLETED).singleElement()
                .satisfies(o -> assertThat(o.variables()).containsEntry("items", 0L).containsEntry("eaten", 4L));
    }

    @Test
    void whoever_arrives_last_opens_the_barrier_and_no_order_of_arrival_loses_the_notification() {
        assertThat(exploreSimulated("barrier-from-condition", 1).outcomes()).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo(Outcome.COMPLETED);
            assertThat(o.variables()).containsEntry("seen_fast", 3L).containsEntry("seen_medium", 3L)
                    .containsEntry("seen_slow", 3L);
        });

        Exploration e = explore("barrier-from-condition", 1);
        assertThat(e.complete()).isTrue();
        assertThat(e.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo(Outcome.COMPLETED);
            assertThat(o.variables()).containsEntry("arrived", 3L).containsEntry("seen_fast", 3L)
                    .containsEntry("seen_medium", 3L).containsEntry("seen_slow", 3L);
        });
    }

    @Test
    void a_daemon_saver_is_cut_off_at_any_chunk_and_ordinary_timing_cuts_it_after_three() {
        assertThat(exploreSimulated("daemon-cut-off", 10).outcomes()).extracting(o -> o.variables().get("saved"))
                .containsOnly(3L);

        Exploration e = explore("daemon-cut-off", 10);
        assertThat(e.outcomes()).extracting(o -> o.variables().get("saved"))
                .containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(e.outcomes()).allSatisfy(o -> assertThat(o.seenWithSimulatedTiming())
                .isEqualTo(o.variables().get("saved") == 3L));
    }

    @Test
    void main_sleeping_past_the_daemon_saver_saves_everything_only_with_ordinary_timing() {
        Consumer<ObjectNode> sleepLonger = s -> ((ObjectNode) steps(s, 1).get(0)).put("ms", 1050);
        assertThat(exploreSimulated("daemon-cut-off", 10, sleepLonger).outcomes())
                .extracting(o -> o.variables().get("saved")).containsOnly(10L);

        Exploration e = explore("daemon-cut-off", 10, sleepLonger);
        assertThat(e.outcomes()).extracting(o -> o.variables().get("saved")).contains(0L, 10L);
        assertThat(e.outcomes()).allSatisfy(o -> assertThat(o.seenWithSimulatedTiming())
                .isEqualTo(o.variables().get("saved") == 10L));
    }

    @Test
    void a_non_daemon_saver_is_never_cut_off() {
        assertThat(explore("non-daemon-waited-for", 10).outcomes()).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo(Outcome.COMPLETED);
            assertThat(o.variables()).containsEntry("saved", 10L);
        });
    }

    @Test
    void a_bounded_queue_never_lets_the_producer_run_far_ahead() {
        Exploration e = explore("queue-backpressure", 10);

        assertThat(e.outcomes()).allSatisfy(o -> {
            assertThat(o.outcome()).isEqualTo(Outcome.COMPLETED);
            assertThat(o.variables()).containsEntry("consumed", 10L);
            assertThat(o.variables().get("seen")).as("items consumed when the producer finished").isBetween(7L, 10L);
            assertThat(o.seenWithSimulatedTiming()).isEqualTo(o.variables().get("seen") == 7L);
        });
        assertThat(exploreSimulated("queue-backpressure", 10).outcomes()).extracting(o -> o.variables().get("seen"))
                .containsOnly(7L);
    }

    @Test
    void queue_join_never_returns_before_every_job_is_marked_done_and_never_returns_without_task_done() {
        assertThat(explore("queue-task-done-join", 3).outcomes()).allSatisfy(o -> {
            assertThat(o.outcome()).isEqualTo(Outcome.COMPLETED);
            assertThat(o.variables()).containsEntry("done", 3L);
        });
        assertThat(explore("queue-task-done-join", 3, s -> steps(s, 0, 0).remove(3)).outcomes())
                .extracting(OutcomeClass::outcome).containsOnly(Outcome.DEADLOCK);
    }

    @Test
    void a_lock_as_done_signal_is_right_whatever_the_timing_and_a_sleep_only_with_unusual_timing() {
        assertThat(explore("thread-start-new-thread", 1).outcomes()).extracting(o -> o.variables().get("result"))
                .containsOnly(5L);

        Exploration hope = explore("thread-sleep-and-hope", 1);
        assertThat(hope.outcomes()).extracting(o -> o.variables().get("result")).containsExactlyInAnyOrder(0L, 5L);
        assertThat(hope.outcomes()).allSatisfy(o -> assertThat(o.seenWithSimulatedTiming())
                .isEqualTo(o.variables().get("result") == 0L));
    }

    @Test
    void counter_plus_equals_one_under_a_lock_never_loses_an_update_when_free_threaded() {
        Exploration e = explore("increment-free-threaded-fixed", 2, 2);

        assertThat(e.outcomes()).allSatisfy(o -> assertThat(o.variables()).containsEntry("a", 4L).containsEntry("b", 4L));
    }

    @Test
    void the_errors_the_lessons_promise_are_raised_under_every_schedule() {
        assertThat(explore("thread-start-twice", 1).outcomes()).singleElement().satisfies(o -> {
            assertThat(o.variables()).containsEntry("runs", 1L);
            assertThat(o.errors()).containsExactly("main: RuntimeError: threads can only be started once");
        });
        assertThat(explore("thread-join-itself", 1).outcomes()).extracting(OutcomeClass::errors)
                .containsOnly(List.of("worker: RuntimeError: cannot join current thread"));
        assertThat(explore("bounded-semaphore-over-release", 1).outcomes()).extracting(OutcomeClass::errors)
                .containsOnly(List.of("worker: ValueError: Semaphore released too many times"));
        assertThat(explore("condition-wait-without-lock", 1).outcomes()).allSatisfy(o -> assertThat(o.errors())
                .containsExactlyInAnyOrder("consumer: RuntimeError: cannot wait on un-acquired lock",
                        "producer: RuntimeError: cannot notify on un-acquired lock"));
    }

    /** The steps of thread {@code thread}'s body, or of the loop at {@code path} inside it, to edit. */
    private static ArrayNode steps(ObjectNode scenario, int thread, int... path) {
        var node = scenario.get("threads").get(thread).get("body");
        for (int i : path) {
            node = node.get(i).get("body");
        }
        return (ArrayNode) node;
    }

    /**
     * The dining table cut down to its first {@code seats} philosophers (the last one's right fork is fork0 again), and
     * the waiter, if there is one, admitting {@code waiter}.
     */
    private static void table(ObjectNode scenario, int seats, int waiter) {
        ArrayNode threads = (ArrayNode) scenario.get("threads");
        while (threads.size() > seats) {
            threads.remove(threads.size() - 1);
        }
        retarget(threads.get(seats - 1), "fork" + seats, "fork0");
        ArrayNode objects = (ArrayNode) scenario.get("objects");
        for (int i = objects.size() - 1; i >= 0; i--) {
            String id = objects.get(i).get("id").asString();
            if (id.matches("fork\\d+") && Integer.parseInt(id.substring(4)) >= seats) {
                objects.remove(i);
            } else if (id.equals("waiter")) {
                ((ObjectNode) objects.get(i)).put("value", waiter);
            }
        }
    }

    private static void retarget(JsonNode node, String from, String to) {
        if (node instanceof ObjectNode object && from.equals(object.path("target").asString(""))) {
            object.put("target", to);
        }
        for (JsonNode child : node) {
            retarget(child, from, to);
        }
    }
}
