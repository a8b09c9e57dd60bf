package dev.threadlab.engine.validate;

import dev.threadlab.engine.Limits;
import dev.threadlab.engine.model.ObjectDecl;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.ProcessDecl;
import dev.threadlab.engine.model.RuntimeConfig;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.Step;
import dev.threadlab.engine.model.ThreadDecl;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValidatorTest {

    private static Scenario scenario(List<ObjectDecl> objects, ThreadDecl... threads) {
        return Scenario.of(RuntimeConfig.defaults(), objects, List.of(), List.of(threads));
    }

    private static final List<ObjectDecl> LOCK_AND_COUNTER =
            List.of(ObjectDecl.of("lock", ObjectType.LOCK), ObjectDecl.integer("counter", 0), ObjectDecl.of("ev", ObjectType.EVENT));

    @Test
    void a_correct_scenario_has_no_problems() {
        Scenario s = scenario(LOCK_AND_COUNTER, ThreadDecl.of("w", new Step.With("lock", List.of(
                new Step.Read("counter", "tmp"), new Step.Compute(1), new Step.Write("counter", "tmp + 1")))).withCount(2));
        assertThat(Validator.validate(s)).isEmpty();
    }

    @Test
    void an_unknown_object_is_reported_with_its_path_and_a_suggestion() {
        Scenario s = scenario(LOCK_AND_COUNTER, ThreadDecl.of("a", new Step.Print("x")),
                ThreadDecl.of("b", new Step.Acquire("lokc", null, null)));
        assertThat(Validator.validate(s)).containsExactly(
                new Problem("threads[1].body[0].target", "no object \"lokc\"; did you mean \"lock\"?"));
    }

    @Test
    void acquire_on_an_event_is_an_error() {
        Scenario s = scenario(LOCK_AND_COUNTER, ThreadDecl.of("a", new Step.Acquire("ev", null, null)));
        assertThat(Validator.validate(s)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("threads[0].body[0].target");
            assertThat(p.message()).contains("\"ev\" is an Event");
        });
    }

    @Test
    void wait_on_a_condition_whose_lock_is_never_acquired_is_legal() {
        Scenario s = scenario(List.of(ObjectDecl.of("c", ObjectType.CONDITION)), ThreadDecl.of("a", new Step.Wait("c", 10.0)));
        assertThat(Validator.validate(s)).isEmpty();
    }

    @Test
    void a_local_used_before_it_is_set_is_reported() {
        Scenario s = scenario(LOCK_AND_COUNTER, ThreadDecl.of("a", new Step.Write("counter", "tmp + 1"),
                new Step.Read("counter", "tmp")));
        assertThat(Validator.validate(s)).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("threads[0].body[0].value"));
    }

    @Test
    void write_values_other_than_int_local_or_sum_are_reported() {
        Scenario s = scenario(LOCK_AND_COUNTER, ThreadDecl.of("a", new Step.Read("counter", "t"),
                new Step.Write("counter", "t * 2")));
        assertThat(Validator.validate(s)).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("must be an int, a local"));
    }

    @Test
    void duplicate_ids_bad_ranges_and_negative_durations_are_all_listed() {
        Scenario s = Scenario.of(RuntimeConfig.defaults().withCores(0).withSwitchIntervalMs(0),
                List.of(ObjectDecl.integer("x", 0)), List.of(),
                List.of(ThreadDecl.of("x", new Step.Sleep(-1))));
        assertThat(Validator.validate(s)).extracting(Problem::path)
                .containsExactly("runtime.cores", "runtime.switchIntervalMs", "threads[0].id");
    }

    @Test
    void thread_and_process_limits_come_from_the_limits_record() {
        Scenario s = Scenario.of(RuntimeConfig.defaults(), List.of(), List.of(new ProcessDecl("p", null)),
                List.of(ThreadDecl.of("w", new Step.Compute(1)).withCount(300)));
        assertThat(Validator.validate(s)).extracting(Problem::path).containsExactly("threads");
        assertThat(Validator.validate(s, new Limits(1000, 0, 1, 1))).extracting(Problem::path).containsExactly("processes");
    }

    @Test
    void cancel_needs_a_timer_and_join_and_start_need_threads_or_processes() {
        Scenario s = scenario(LOCK_AND_COUNTER, ThreadDecl.of("a", new Step.Cancel("a"), new Step.Start("lock"),
                new Step.Join("ev", null)));
        assertThat(Validator.validate(s)).extracting(Problem::path)
                .containsExactly("threads[0].body[0].target", "threads[0].body[1].target", "threads[0].body[2].target");
    }

    @Test
    void a_thread_cannot_start_a_thread_of_another_process() {
        Scenario s = Scenario.of(RuntimeConfig.defaults(), List.of(), List.of(new ProcessDecl("p", null)),
                List.of(ThreadDecl.of("child", new Step.Print("x")).withProcess("p").withStart("manual"),
                        ThreadDecl.of("main", new Step.Start("child"))));
        assertThat(Validator.validate(s)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("belongs to process \"p\""));
    }
}
