package dev.threadlab.presets.lessons;

import dev.threadlab.engine.Outcome;
import dev.threadlab.engine.RunError;
import dev.threadlab.engine.RunSummary;
import dev.threadlab.engine.event.Event.WaitFor;
import dev.threadlab.lessons.Grader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static dev.threadlab.presets.lessons.LessonRuns.summary;
import static dev.threadlab.presets.lessons.LessonRuns.thread;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every preset run through the engine with its own seed: the grade its lesson gives the run, and the facts the
 * lesson's notes tell the learner to notice. One row per preset; a preset without a row fails the build.
 */
class PresetOutcomesTest {

    private static final String OK = "acceptable";
    private static final String INTERESTING = "interesting";

    /** One row: the grade the run must earn and the facts it must show. */
    record Row(String id, String grade, Consumer<RunSummary> facts) {
        @Override
        public String toString() {
            return id + " is " + grade;
        }
    }

    private static final Map<String, Row> ROWS = new LinkedHashMap<>();

    private static void row(String id, String grade, Consumer<RunSummary> facts) {
        ROWS.put(id, new Row(id, grade, facts));
    }

    static {
        // 1. Why concurrency
        row("items-serial", OK, s -> assertThat(s.elapsedMs()).isEqualTo(11_000_000.0));
        row("items-threads-gil", OK, s -> {
            assertThat(s.elapsedMs()).isBetween(10_000_000.0, 10_010_000.0);
            double computing = s.threads().stream().filter(t -> t.id().startsWith("consumer-")).mapToDouble(t -> t.cpuMs()).sum();
            assertThat(computing).isCloseTo(10_000_000.0, within(1_000.0));
            assertThat(thread(s, "reader").ioMs()).isEqualTo(1_000_000.0);
        });
        row("items-processes", OK, s -> {
            assertThat(s.elapsedMs()).isBetween(2_500_000.0, 2_510_000.0);
            assertThat(s.elapsedMs()).isCloseTo(10_000_000.0 / 4, within(10_000.0));
        });
        // 2. Processes vs threads
        row("process-memory-copy", OK, s -> assertThat(s.variables()).containsEntry("counter", 0L).containsEntry("child/counter", 1L));
        row("threads-share-memory", OK, s -> assertThat(s.variables()).containsEntry("counter", 1L));
        row("start-cost-threads", OK, s -> assertThat(s.elapsedMs()).isBetween(1.0, 5.0));
        row("start-cost-processes", OK, s -> assertThat(s.elapsedMs()).isGreaterThan(5.0 * summary("start-cost-threads").elapsedMs()));
        // 3. The GIL
        row("gil-cpu-serial", OK, s -> assertThat(s.elapsedMs()).isEqualTo(4000.0));
        row("gil-cpu-2-threads", OK, s -> assertThat(s.elapsedMs()).isBetween(4000.0, 4200.0));
        row("gil-cpu-4-threads", OK, s -> {
            assertThat(s.elapsedMs()).isBetween(4000.0, 4200.0);
            assertThat(s.threads()).filteredOn(t -> t.id().startsWith("worker-")).hasSize(4).allSatisfy(t ->
                    assertThat(t.waitingGilMs()).as("%s took turns with the GIL, waiting while the others ran", t.id())
                            .isGreaterThan(1500.0));
        });
        row("gil-cpu-processes", OK, s -> assertThat(s.elapsedMs()).isBetween(1000.0, 1100.0));
        row("gil-io-serial", OK, s -> assertThat(s.elapsedMs()).isCloseTo(2000.0, within(0.1)));
        row("gil-io-threads", OK, s -> assertThat(s.elapsedMs()).isBetween(200.0, 205.0));
        row("gil-io-pool-5", OK, s -> assertThat(s.elapsedMs()).isBetween(400.0, 405.0));
        row("convoy-effect", OK, s -> {
            assertThat(s.elapsedMs()).isBetween(100.0, 150.0);
            assertThat(thread(s, "poller").waitingGilMs()).as("poller's time behind the cruncher").isGreaterThan(80.0);
        });
        row("convoy-effect-short-interval", OK, s -> {
            assertThat(s.elapsedMs()).isBetween(21.0, 40.0);
            assertThat(s.elapsedMs()).isLessThan(summary("convoy-effect").elapsedMs() / 2);
        });
        row("free-threaded-cpu", OK, s -> assertThat(s.elapsedMs()).isBetween(1000.0, 1010.0));
        // 4. The _thread module
        row("thread-start-new-thread", OK, s -> assertThat(s.variables()).containsEntry("result", 5L));
        row("spin-on-locked", OK, s -> {
            assertThat(s.variables()).containsEntry("finished", 2L);
            assertThat(thread(s, "main").cpuMs()).as("main spins on the CPU while the loops sleep").isGreaterThan(20.0);
        });
        row("thread-sleep-and-hope", INTERESTING, s -> {
            assertThat(s.variables()).containsEntry("result", 0L);
            assertThat(thread(s, "work").state().json()).isEqualTo("terminated");
            assertThat(s.elapsedMs()).isLessThan(150.0);
        });
        // 5. The threading.Thread class
        row("thread-start-join", OK, s -> assertThat(s.elapsedMs()).isBetween(300.0, 302.0));
        row("thread-join-timeout", OK, s -> {
            assertThat(s.elapsedMs()).isBetween(500.0, 501.0);
            assertThat(s.errors()).isEmpty();
        });
        row("thread-start-twice", OK, s -> assertThat(s.errors()).singleElement()
                .satisfies(e -> error(e, "main", "RuntimeError", "threads can only be started once")));
        row("thread-join-itself", OK, s -> assertThat(s.errors()).singleElement()
                .satisfies(e -> error(e, "worker", "RuntimeError", "cannot join current thread")));
        // 6. Lock and RLock
        row("lost-update", INTERESTING, s -> {
            assertThat(s.lostUpdates().get("counter")).isPositive();
            assertThat(s.variables().get("counter")).isLessThan(10L);
        });
        row("lost-update-fixed", OK, s -> assertThat(s.variables()).containsEntry("counter", 10L));
        row("increment-gil", OK, s -> assertThat(s.lostUpdates()).isEmpty());
        row("increment-free-threaded", INTERESTING, s -> {
            assertThat(s.lostUpdates().get("a")).isPositive();
            assertThat(s.variables().get("a")).isLessThan(4000L);
        });
        row("increment-free-threaded-fixed", OK, s -> {
            assertThat(s.lostUpdates()).isEmpty();
            assertThat(s.variables()).containsEntry("a", 4000L).containsEntry("b", 4000L);
        });
        row("rlock-reentry", OK, s -> assertThat(s.variables()).containsEntry("balance", 2L));
        row("lock-self-deadlock", INTERESTING, s -> assertThat(s.deadlock()).containsExactly(new WaitFor("worker", "lock", "worker")));
        row("two-locks-deadlock", INTERESTING, s -> assertThat(s.deadlock())
                .containsExactlyInAnyOrder(new WaitFor("a", "y", "b"), new WaitFor("b", "x", "a")));
        row("two-locks-fixed-order", OK, s -> assertThat(s.deadlock()).isNull());
        // 7. Event
        row("event-one-to-many", OK, s -> assertThat(s.variables()).containsEntry("started", 3L));
        row("event-wait-timeout", OK, s -> {
            assertThat(s.variables()).containsEntry("seen", 0L).containsEntry("flag", 1L);
            assertThat(thread(s, "waiter").blockedMs()).isCloseTo(100.0, within(1.0));
        });
        // 8. Condition
        row("condition-producer-consumer", OK, s -> assertThat(s.variables()).containsEntry("items", 0L).containsEntry("eaten", 6L));
        row("condition-predicate-loop", OK, s -> assertThat(s.variables()).containsEntry("items", 0L).containsEntry("eaten", 2L));
        row("condition-if-lost-wakeup", INTERESTING, s -> assertThat(s.variables()).containsEntry("missed", 1L).containsEntry("items", 1L));
        row("condition-wait-without-lock", OK, s -> assertThat(s.errors()).extracting(RunError::message)
                .containsExactlyInAnyOrder("cannot wait on un-acquired lock", "cannot notify on un-acquired lock"));
        // 9. Semaphore and BoundedSemaphore
        row("semaphore-connection-pool", OK, s -> assertThat(s.elapsedMs()).isBetween(300.0, 303.0));
        row("bounded-semaphore-over-release", OK, s -> assertThat(s.errors()).singleElement()
                .satisfies(e -> error(e, "worker", "ValueError", "Semaphore released too many times")));
        row("semaphore-grows", INTERESTING, s -> {
            assertThat(s.errors()).isEmpty();
            assertThat(s.elapsedMs()).isBetween(100.0, 110.0);
        });
        // 10. Timer and daemon threads
        row("timer-cancelled", OK, s -> {
            assertThat(s.variables()).containsEntry("fired", 0L);
            assertThat(s.elapsedMs()).isLessThan(60.0);
        });
        row("timer-fires", OK, s -> {
            assertThat(s.variables()).containsEntry("fired", 1L);
            assertThat(s.errors()).isEmpty();
        });
        row("daemon-cut-off", INTERESTING, s -> {
            assertThat(s.variables()).containsEntry("saved", 3L);
            assertThat(s.elapsedMs()).isBetween(350.0, 352.0);
        });
        row("non-daemon-waited-for", OK, s -> {
            assertThat(s.variables()).containsEntry("saved", 10L);
            assertThat(s.elapsedMs()).isBetween(1000.0, 1002.0);
        });
        // 11. Queue
        row("queue-backpressure", OK, s -> assertThat(s.variables()).containsEntry("seen", 7L));
        row("queue-task-done-join", OK, s -> {
            assertThat(s.variables()).containsEntry("done", 5L);
            assertThat(s.elapsedMs()).isBetween(60.0, 62.0);
        });
        row("queue-pool-sentinels", OK, s -> assertThat(s.variables()).containsEntry("done", 6L));
        row("lifo-and-priority-queues", OK, s -> assertThat(s.variables())
                .containsEntry("fifo_first", 2L).containsEntry("lifo_first", 1L).containsEntry("prio_first", 1L));
        // 12. Thread pools
        row("pool-size-io", OK, s -> assertThat(s.elapsedMs()).isBetween(500.0, 505.0));
        row("pool-size-cpu", OK, s -> assertThat(s.elapsedMs()).isBetween(800.0, 850.0));
        // 13. FAQ
        row("faq-processes-vs-threads", OK, s -> {
            assertThat(s.variables()).containsEntry("total", 4L);
            assertThat(s.elapsedMs()).isBetween(1000.0, 1100.0);
        });
        row("faq-which-programs-gain", OK, s -> assertThat(s.elapsedMs()).isBetween(260.0, 400.0));
        row("faq-threads-many-cpus", OK, s -> assertThat(s.elapsedMs()).isBetween(2000.0, 2100.0));
        row("faq-pool-producer-consumer", OK, s -> assertThat(s.elapsedMs()).isBetween(700.0, 710.0));
        // 14. Classics
        row("dining-philosophers-deadlock", INTERESTING, s -> {
            assertThat(s.deadlock()).hasSize(5);
            for (int k = 0; k < 5; k++) {
                assertThat(s.deadlock()).contains(new WaitFor("phil" + k, "fork" + (k + 1) % 5, "phil" + (k + 1) % 5));
            }
            assertThat(s.variables()).containsEntry("meals", 0L);
        });
        row("dining-philosophers-ordering", OK, s -> assertThat(s.variables()).containsEntry("meals", 15L));
        row("dining-philosophers-waiter", OK, s -> assertThat(s.variables()).containsEntry("meals", 15L));
        row("dining-philosophers-timeout", INTERESTING, s -> {
            assertThat(s.outcome()).isNotEqualTo(Outcome.DEADLOCK);
            assertThat(s.errors()).extracting(RunError::message).contains("release unlocked lock");
        });
        row("dining-philosophers-backoff", OK, s -> assertThat(s.variables()).containsEntry("meals", 10L));
        row("readers-writers", OK, s -> assertThat(s.variables())
                .containsEntry("data_a", 1L).containsEntry("data_b", 1L)
                .containsEntry("torn_1", 0L).containsEntry("torn_2", 0L).containsEntry("torn_3", 0L));
        row("barrier-from-condition", OK, s -> assertThat(s.variables())
                .containsEntry("seen_fast", 3L).containsEntry("seen_medium", 3L).containsEntry("seen_slow", 3L));
    }

    static List<Row> rows() {
        return new ArrayList<>(ROWS.values());
    }

    private static void error(RunError e, String thread, String type, String message) {
        assertThat(e.thread()).isEqualTo(thread);
        assertThat(e.type()).isEqualTo(type);
        assertThat(e.message()).isEqualTo(message);
    }

    @Test
    void every_preset_of_the_library_has_a_row_here() {
        assertThat(ROWS.keySet()).containsExactlyInAnyOrderElementsOf(LessonRuns.ids());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void the_preset_run_earns_its_grade_and_shows_what_its_notes_promise(Row row) {
        RunSummary s = summary(row.id());
        Grader.Verdict verdict = LessonRuns.verdict(row.id());

        assertThat(verdict.grade().jsonName()).as("%s: %s after %s ms, variables %s, errors %s, deadlock %s",
                row.id(), s.outcome(), s.elapsedMs(), s.variables(), s.errors(), s.deadlock()).isEqualTo(row.grade());
        row.facts().accept(s);
    }
}
