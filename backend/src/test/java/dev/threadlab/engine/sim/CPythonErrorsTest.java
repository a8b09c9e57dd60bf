package dev.threadlab.engine.sim;

import dev.threadlab.engine.Outcome;
import dev.threadlab.engine.RunError;
import dev.threadlab.engine.RunResult;
import dev.threadlab.engine.Scenarios;
import dev.threadlab.engine.Simulator;
import dev.threadlab.engine.model.ObjectDecl;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.Step;
import dev.threadlab.engine.model.ThreadDecl;
import org.junit.jupiter.api.Test;

import static dev.threadlab.engine.Scenarios.acquire;
import static dev.threadlab.engine.Scenarios.join;
import static dev.threadlab.engine.Scenarios.print;
import static dev.threadlab.engine.Scenarios.release;
import static dev.threadlab.engine.Scenarios.sleep;
import static dev.threadlab.engine.Scenarios.start;
import static dev.threadlab.engine.Scenarios.waitOn;
import static org.assertj.core.api.Assertions.assertThat;

/** Every error case of {@code reference/cpython-3.11.md} section F, with CPython's exact type and message. */
class CPythonErrorsTest {

    private static RunError onlyError(Scenarios s) {
        RunResult r = Simulator.run(s.build());
        assertThat(r.summary().outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.summary().errors()).hasSize(1);
        return r.summary().errors().getFirst();
    }

    private static void assertError(RunError e, String type, String message) {
        assertThat(e.type()).isEqualTo(type);
        assertThat(e.message()).isEqualTo(message);
    }

    @Test
    void releasing_an_unlocked_lock_raises_runtime_error() {
        RunError e = onlyError(Scenarios.gil().object("lock", ObjectType.LOCK).thread("t", release("lock")));
        assertError(e, "RuntimeError", "release unlocked lock");
        assertThat(e.thread()).isEqualTo("t");
        assertThat(e.step()).isEqualTo("threads[0].body[0]");
    }

    @Test
    void a_plain_lock_released_by_another_thread_is_not_an_error() {
        RunResult r = Simulator.run(Scenarios.gil().object("lock", ObjectType.LOCK)
                .thread("main", acquire("lock"), start("other"), join("other"), acquire("lock"))
                .thread(ThreadDecl.of("other", release("lock")).withStart("manual")).build());
        assertThat(r.summary().outcome()).isEqualTo(Outcome.COMPLETED);
    }

    @Test
    void releasing_an_rlock_held_by_another_thread_raises_runtime_error() {
        RunError e = onlyError(Scenarios.gil().object("r", ObjectType.RLOCK)
                .thread("main", acquire("r"), start("other"), join("other"), release("r"))
                .thread(ThreadDecl.of("other", release("r")).withStart("manual")));
        assertError(e, "RuntimeError", "cannot release un-acquired lock");
        assertThat(e.thread()).isEqualTo("other");
    }

    @Test
    void releasing_an_rlock_nobody_holds_raises_runtime_error() {
        assertError(onlyError(Scenarios.gil().object("r", ObjectType.RLOCK).thread("t", release("r"))),
                "RuntimeError", "cannot release un-acquired lock");
    }

    @Test
    void an_rlock_can_be_acquired_twice_by_its_owner() {
        RunResult r = Simulator.run(Scenarios.gil().object("r", ObjectType.RLOCK)
                .thread("t", acquire("r"), acquire("r"), release("r"), release("r")).build());
        assertThat(r.summary().outcome()).isEqualTo(Outcome.COMPLETED);
    }

    @Test
    void waiting_on_a_condition_without_its_lock_raises_runtime_error() {
        assertError(onlyError(Scenarios.gil().object("c", ObjectType.CONDITION).thread("t", new Step.Wait("c", 100.0))),
                "RuntimeError", "cannot wait on un-acquired lock");
    }

    @Test
    void notifying_a_condition_without_its_lock_raises_runtime_error() {
        assertError(onlyError(Scenarios.gil().object("c", ObjectType.CONDITION).thread("t", new Step.Notify("c", null))),
                "RuntimeError", "cannot notify on un-acquired lock");
    }

    @Test
    void releasing_a_bounded_semaphore_too_often_raises_value_error() {
        assertError(onlyError(Scenarios.gil()
                        .object(new ObjectDecl("s", ObjectType.BOUNDED_SEMAPHORE, 2L, null, null))
                        .thread("t", acquire("s"), release("s"), release("s"))),
                "ValueError", "Semaphore released too many times");
    }

    @Test
    void a_plain_semaphore_grows_past_its_initial_value() {
        java.util.List<dev.threadlab.engine.event.Event> events = new java.util.ArrayList<>();
        RunResult r = Simulator.run(Scenarios.gil().object(new ObjectDecl("s", ObjectType.SEMAPHORE, 1L, null, null))
                .thread("t", release("s"), release("s")).build(),
                dev.threadlab.engine.RunOptions.defaults().withSink(events::add));
        assertThat(r.summary().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(events).filteredOn(e -> e instanceof dev.threadlab.engine.event.Event.SemaphoreChanged)
                .last().extracting(e -> ((dev.threadlab.engine.event.Event.SemaphoreChanged) e).value()).isEqualTo(3L);
    }

    @Test
    void starting_a_thread_twice_raises_runtime_error() {
        RunError e = onlyError(Scenarios.gil().thread("main", start("w"), start("w"))
                .thread(ThreadDecl.of("w", print("hi")).withStart("manual")));
        assertError(e, "RuntimeError", "threads can only be started once");
        assertThat(e.thread()).isEqualTo("main");
    }

    @Test
    void joining_a_thread_before_it_is_started_raises_runtime_error() {
        assertError(onlyError(Scenarios.gil().thread("main", join("w"))
                        .thread(ThreadDecl.of("w", print("hi")).withStart("manual"))),
                "RuntimeError", "cannot join thread before it is started");
    }

    @Test
    void a_thread_joining_itself_raises_runtime_error() {
        assertError(onlyError(Scenarios.gil().thread("w", join("w"))), "RuntimeError", "cannot join current thread");
    }

    @Test
    void task_done_once_too_often_raises_value_error() {
        assertError(onlyError(Scenarios.gil().object("q", ObjectType.QUEUE)
                        .thread("t", Scenarios.put("q", "1"), Scenarios.get("q", "x"), new Step.TaskDone("q"),
                                new Step.TaskDone("q"))),
                "ValueError", "task_done() called too many times");
    }

    @Test
    void put_nowait_on_a_full_queue_raises_queue_full() {
        assertError(onlyError(Scenarios.gil().object(new ObjectDecl("q", ObjectType.QUEUE, null, null, 1))
                        .thread("t", Scenarios.put("q", "1"), new Step.Put("q", "2", false, null))),
                "queue.Full", "");
    }

    @Test
    void a_timed_put_on_a_full_queue_raises_queue_full_after_the_timeout() {
        RunError e = onlyError(Scenarios.gil().object(new ObjectDecl("q", ObjectType.QUEUE, null, null, 1))
                .thread("main", Scenarios.put("q", "1"), new Step.Put("q", "2", true, 200.0)));
        assertError(e, "queue.Full", "");
        assertThat(e.atMs()).isBetween(200.0, 200.01);
    }

    @Test
    void get_nowait_on_an_empty_queue_raises_queue_empty() {
        assertError(onlyError(Scenarios.gil().object("q", ObjectType.QUEUE).thread("t", new Step.Get("q", null, false, null))),
                "queue.Empty", "");
    }

    @Test
    void a_timed_get_on_an_empty_queue_raises_queue_empty_after_the_timeout() {
        RunError e = onlyError(Scenarios.gil().object("q", ObjectType.QUEUE)
                .thread("main", new Step.Get("q", "x", true, 100.0)));
        assertError(e, "queue.Empty", "");
        assertThat(e.atMs()).isBetween(100.0, 100.01);
    }

    @Test
    void starting_a_process_twice_raises_assertion_error() {
        assertError(onlyError(Scenarios.gil().process("p").thread("main", start("p"))),
                "AssertionError", "cannot start a process twice");
    }

    @Test
    void an_error_ends_only_its_thread_and_unwinds_with_blocks() {
        RunResult r = Simulator.run(Scenarios.gil().object("lock", ObjectType.LOCK).object("q", ObjectType.QUEUE)
                .thread("bad", Scenarios.with("lock", new Step.Get("q", null, false, null)))
                .thread("good", sleep(1), Scenarios.with("lock", print("still fine"))).build());
        assertThat(r.summary().outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.stdout()).containsExactly("still fine");
        assertThat(r.summary().errors()).singleElement().satisfies(e -> assertThat(e.step()).isEqualTo("threads[0].body[0].body[0]"));
    }

    @Test
    void a_timed_event_wait_returns_after_the_timeout_and_the_thread_goes_on() {
        RunResult r = Simulator.run(Scenarios.gil().object("ev", ObjectType.EVENT)
                .thread("main", new Step.Wait("ev", 100.0), print("after")).build());
        assertThat(r.summary().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(r.summary().elapsedMs()).isBetween(100.0, 100.01);
        assertThat(r.stdout()).containsExactly("after");
    }

    @Test
    void an_acquire_with_timeout_gives_up_and_a_join_with_timeout_returns() {
        RunResult r = Simulator.run(Scenarios.gil().object("lock", ObjectType.LOCK)
                .thread("holder", acquire("lock"), sleep(500))
                .thread("main", sleep(1), new Step.Acquire("lock", true, 100.0), new Step.Join("holder", 100.0),
                        print("gave up")).build());
        assertThat(r.summary().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(r.stdout()).containsExactly("gave up");
        assertThat(r.summary().elapsedMs()).isGreaterThan(500.0);
    }

    @Test
    void a_condition_wait_with_the_lock_held_times_out() {
        RunResult r = Simulator.run(Scenarios.gil().object("c", ObjectType.CONDITION)
                .thread("main", acquire("c"), new Step.Wait("c", 100.0), release("c"), print("woke")).build());
        assertThat(r.summary().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(r.summary().elapsedMs()).isBetween(100.0, 100.01);
    }

    @Test
    void a_non_blocking_acquire_of_a_held_lock_returns_false_and_goes_on() {
        RunResult r = Simulator.run(Scenarios.gil().object("lock", ObjectType.LOCK)
                .thread("main", acquire("lock"), new Step.Acquire("lock", false, null), print("not blocked")).build());
        assertThat(r.stdout()).containsExactly("not blocked");
        assertThat(waitOn("x")).isNotNull();
    }
}
