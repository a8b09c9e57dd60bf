package dev.threadlab.presets.lessons;

import dev.threadlab.engine.Outcome;
import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.RunSummary;
import dev.threadlab.engine.Simulator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lessons' "What to try" paragraphs promise what an edit will show. Each test makes that edit to the preset,
 * the way a learner would in the editor, runs it, and checks the promise.
 */
class WhatToTryTest {

    private static final Pattern STEP = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

    /** The preset's scenario JSON, to be edited. */
    private static ObjectNode json(String id) {
        return (ObjectNode) LessonRuns.preset(id).scenario().deepCopy();
    }

    /** The node at a path such as {@code threads[1].body[0]}. */
    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            Matcher m = STEP.matcher(part);
            assertThat(m.matches()).as(path).isTrue();
            node = node.get(m.group(1));
            if (m.group(2) != null) {
                node = node.get(Integer.parseInt(m.group(2)));
            }
            assertThat(node).as(path).isNotNull();
        }
        return node;
    }

    /** A step {@code op} on the Condition {@code cv}. */
    private static ObjectNode step(String op) {
        ObjectNode step = json("barrier-from-condition").objectNode();
        return step.put("op", op).put("target", "cv");
    }

    private static void remove(JsonNode root, String arrayPath, int index) {
        ((ArrayNode) at(root, arrayPath)).remove(index);
    }

    private static RunSummary run(JsonNode scenario) {
        return Simulator.run(LessonRuns.PARSER.parse(scenario), RunOptions.defaults()).summary();
    }

    private static RunSummary runWithSeed(JsonNode scenario, long seed) {
        ((ObjectNode) scenario.get("runtime")).put("seed", seed);
        return run(scenario);
    }

    @Test
    void lost_update_fixed_loses_updates_again_when_the_read_moves_out_of_the_lock() {
        ObjectNode s = json("lost-update-fixed");
        JsonNode with = at(s, "threads[0].body[0].body[0]");
        JsonNode read = with.get("body").get(0);
        ((ArrayNode) with.get("body")).remove(0);
        ((ArrayNode) at(s, "threads[0].body[0].body")).insert(0, read);

        assertThat(run(s).lostUpdates()).containsKey("counter");
    }

    @Test
    void queue_join_waits_forever_when_task_done_is_forgotten() {
        ObjectNode s = json("queue-task-done-join");
        remove(s, "threads[0].body[0].body", 3);

        assertThat(run(s).outcome()).isEqualTo(Outcome.DEADLOCK);
    }

    @Test
    void a_waiter_admitting_five_philosophers_brings_the_deadlock_back() {
        ObjectNode s = json("dining-philosophers-waiter");
        ((ObjectNode) at(s, "objects[7]")).put("value", 5);

        assertThat(run(s).outcome()).isEqualTo(Outcome.DEADLOCK);
    }

    @Test
    void philosophers_without_the_pause_between_forks_get_through_under_every_seed() {
        Set<Outcome> seeded = new HashSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            seeded.add(runWithSeed(withoutPause(), seed).outcome());
        }
        assertThat(seeded).containsOnly(Outcome.COMPLETED);
    }

    private static ObjectNode withoutPause() {
        ObjectNode s = json("dining-philosophers-deadlock");
        for (int k = 0; k < 5; k++) {
            remove(s, "threads[" + k + "].body[0].body", 1);
        }
        return s;
    }

    @Test
    void the_poller_alone_takes_about_twenty_one_milliseconds() {
        ObjectNode s = json("convoy-effect");
        ((ArrayNode) s.get("threads")).remove(0);

        assertThat(run(s).elapsedMs()).isBetween(21.0, 23.0);
    }

    @Test
    void a_consumer_busy_when_the_notify_comes_misses_it_and_waits_forever() {
        ObjectNode s = json("condition-producer-consumer");
        ((ObjectNode) at(s, "threads[1].body[0].body[1]")).put("ms", 60);

        assertThat(run(s).outcome()).isEqualTo(Outcome.DEADLOCK);
    }

    @Test
    void a_fast_worker_given_the_longest_job_arrives_last_and_opens_the_barrier_itself() {
        ObjectNode s = json("barrier-from-condition");
        ((ObjectNode) at(s, "threads[0].body[0]")).put("ms", 60);

        RunSummary result = run(s);
        assertThat(result.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(result.variables()).containsEntry("seen_fast", 3L).containsEntry("seen_medium", 3L)
                .containsEntry("seen_slow", 3L);
    }

    @Test
    void with_fixed_roles_and_a_blind_wait_the_same_change_makes_the_fast_worker_wait_forever() {
        ObjectNode s = json("barrier-from-condition");
        ((ObjectNode) at(s, "threads[0].body[0]")).put("ms", 60);
        for (int worker = 0; worker < 2; worker++) {   // fast and medium only wait; slow only notifies
            ((ArrayNode) at(s, "threads[" + worker + "].body[1].body")).set(1, step("wait"));
        }
        ((ArrayNode) at(s, "threads[2].body[1].body")).set(1, step("notifyAll"));

        assertThat(run(s).outcome()).isEqualTo(Outcome.DEADLOCK);
    }

    @Test
    void readers_see_torn_data_when_the_writer_takes_no_permits() {
        ObjectNode s = json("readers-writers");
        remove(s, "threads[3].body[1].body", 4);
        remove(s, "threads[3].body[1].body", 0);

        assertThat(run(s).variables()).containsEntry("torn_1", -1L).containsEntry("torn_2", -1L);
    }

    @Test
    void a_daemon_worker_does_not_keep_the_program_alive_after_join_times_out() {
        ObjectNode s = json("thread-join-timeout");
        ((ObjectNode) at(s, "threads[0]")).put("daemon", true);

        assertThat(run(s).elapsedMs()).isBetween(100.0, 101.0);
    }

    @Test
    void sleeping_long_enough_happens_to_work() {
        ObjectNode s = json("thread-sleep-and-hope");
        ((ObjectNode) at(s, "threads[0].body[1]")).put("ms", 200);

        assertThat(run(s).variables()).containsEntry("result", 5L);
    }

    @Test
    void an_unbounded_queue_lets_the_producer_finish_before_anything_is_consumed() {
        ObjectNode s = json("queue-backpressure");
        ((ObjectNode) at(s, "objects[0]")).put("maxsize", 0);

        assertThat(run(s).variables()).containsEntry("seen", 0L);
    }

    @Test
    void a_longer_event_timeout_sees_the_flag() {
        ObjectNode s = json("event-wait-timeout");
        ((ObjectNode) at(s, "threads[0].body[0]")).put("timeoutMs", 500);

        assertThat(run(s).variables()).containsEntry("seen", 1L);
    }

    @Test
    void cpu_bound_threads_finish_in_a_quarter_of_the_time_without_the_gil() {
        ObjectNode s = json("gil-cpu-4-threads");
        ((ObjectNode) s.get("runtime")).put("model", "free-threaded");

        assertThat(run(s).elapsedMs()).isBetween(1000.0, 1010.0);
    }

    @Test
    void one_consumer_is_the_bottleneck_of_the_producer_consumer_pool() {
        ObjectNode s = json("faq-pool-producer-consumer");
        ((ObjectNode) at(s, "threads[1]")).put("count", 1);

        assertThat(run(s).elapsedMs()).isBetween(1250.0, 1260.0);
    }

    @Test
    void a_semaphore_as_big_as_the_pool_of_workers_runs_every_query_at_once() {
        ObjectNode s = json("semaphore-connection-pool");
        ((ObjectNode) at(s, "objects[0]")).put("value", 8);
        assertThat(run(s).elapsedMs()).isBetween(100.0, 103.0);

        ((ObjectNode) at(s, "objects[0]")).put("value", 1);
        assertThat(run(s).elapsedMs()).isBetween(800.0, 805.0);
    }

    private static ObjectNode withRuntime(String id, String key, Object value) {
        ObjectNode s = json(id);
        ObjectNode runtime = (ObjectNode) s.get("runtime");
        if (value instanceof Integer n) {
            runtime.put(key, n);
        } else {
            runtime.put(key, (String) value);
        }
        return s;
    }

    @Test
    void fewer_cores_stretch_the_processes_but_not_the_threads() {
        assertThat(run(withRuntime("gil-cpu-processes", "cores", 2)).elapsedMs()).isBetween(2000.0, 2100.0);
        assertThat(run(withRuntime("gil-cpu-processes", "cores", 1)).elapsedMs()).isBetween(4000.0, 4100.0);
        assertThat(run(withRuntime("gil-cpu-2-threads", "cores", 1)).elapsedMs()).isBetween(4000.0, 4200.0);
        assertThat(run(withRuntime("free-threaded-cpu", "cores", 2)).elapsedMs()).isBetween(2000.0, 2020.0);
        assertThat(run(withRuntime("items-processes", "cores", 2)).elapsedMs()).isBetween(5_000_000.0, 5_020_000.0);
    }

    @Test
    void without_the_gil_cpu_bound_pools_and_threads_use_every_core() {
        assertThat(run(withRuntime("pool-size-cpu", "model", "free-threaded")).elapsedMs()).isBetween(200.0, 210.0);
        assertThat(run(withRuntime("faq-threads-many-cpus", "model", "free-threaded")).elapsedMs()).isBetween(250.0, 260.0);
    }

    @Test
    void an_io_pool_speeds_up_in_proportion_to_its_size() {
        int[][] shapes = {{2, 10, 1000}, {10, 2, 200}, {20, 1, 100}};
        for (int[] shape : shapes) {
            ObjectNode s = json("pool-size-io");
            ((ObjectNode) at(s, "threads[1]")).put("count", shape[0]);
            ((ObjectNode) at(s, "threads[1].body[0]")).put("times", shape[1]);
            assertThat(run(s).elapsedMs()).as("%d workers", shape[0]).isBetween((double) shape[2], shape[2] + 10.0);
        }
    }

    @Test
    void the_lost_update_depends_on_how_long_the_call_is_against_the_switch_interval() {
        assertThat(lostUpdateWithCall(1).variables()).containsEntry("counter", 10L);
        assertThat(lostUpdateWithCall(10).variables()).containsEntry("counter", 6L);
    }

    private static RunSummary lostUpdateWithCall(double ms) {
        ObjectNode s = json("lost-update");
        ((ObjectNode) at(s, "threads[0].body[0].body[1]")).put("ms", ms);
        return run(s);
    }

    @Test
    void two_locks_without_the_sleeps_get_through_because_each_thread_takes_both_in_one_gil_turn() {
        Set<Outcome> outcomes = new HashSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            ObjectNode s = json("two-locks-deadlock");
            remove(s, "threads[0].body", 1);
            remove(s, "threads[1].body", 1);
            outcomes.add(runWithSeed(s, seed).outcome());
        }
        assertThat(outcomes).containsOnly(Outcome.COMPLETED);
    }
}
