package dev.threadlab.engine.validate;

import dev.threadlab.engine.model.ObjectDecl;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.RuntimeConfig;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.Step;
import dev.threadlab.engine.model.ThreadDecl;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Problems in if/while/break say what is wrong and where. */
class ConditionValidationTest {

    private static List<Problem> problems(Step... body) {
        return Validator.validate(Scenario.of(RuntimeConfig.defaults(),
                List.of(ObjectDecl.of("lock", ObjectType.LOCK), ObjectDecl.integer("n", 0), ObjectDecl.of("q", ObjectType.QUEUE)),
                List.of(), List.of(ThreadDecl.of("t", body))));
    }

    @Test
    void conditions_over_ints_locals_and_calls_are_valid() {
        assertThat(problems(new Step.Get("q", "item", null, null),
                new Step.While("n < 3 and not (item is None or q.empty())", List.of(new Step.Break())),
                new Step.If("lock.acquire(timeout=0.5)", List.of(), List.of()))).isEmpty();
    }

    @Test
    void a_break_outside_a_loop_is_refused_where_it_is() {
        assertThat(problems(new Step.If("True", List.of(new Step.Break()), List.of())))
                .containsExactly(new Problem("threads[0].body[0].then[0]",
                        "break is only allowed inside the body of a while or a repeat"));
    }

    @Test
    void a_condition_that_does_not_read_says_where_it_stops() {
        assertThat(problems(new Step.While("n ==", List.of())))
                .containsExactly(new Problem("threads[0].body[0].condition", "\"n ==\" ends where a value was expected"));
        assertThat(problems(new Step.If("n < 1 < 2", List.of(), List.of()))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("chained comparisons"));
    }

    @Test
    void names_and_calls_are_checked_against_the_scenario() {
        assertThat(problems(new Step.If("lock", List.of(), List.of()))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("\"lock\" is a Lock", "lock.locked()"));
        assertThat(problems(new Step.If("m == 1", List.of(), List.of()))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("\"m\" is neither a shared int nor a local", "\"n\""));
        assertThat(problems(new Step.If("n.is_set()", List.of(), List.of()))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("\"n\" (int) has no is_set()"));
    }
}
