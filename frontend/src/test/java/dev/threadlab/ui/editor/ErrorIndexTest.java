package dev.threadlab.ui.editor;

import dev.threadlab.ui.client.LabApiException.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ErrorIndexTest {

    @Test
    void an_error_belongs_to_the_deepest_step_of_its_path() {
        ErrorIndex index = new ErrorIndex(List.of(
                new FieldError("threads[1].body[0].body[2].target", "no object \"lokc\"; did you mean \"lock\"?"),
                new FieldError("threads[1].count", "must be at least 1"),
                new FieldError("objects[0].lock", "no Lock \"l\""),
                new FieldError("runtime.cores", "must be 1-64"),
                new FieldError("schema", "must be 1")));

        assertThat(index.at("threads[1].body[0].body[2]")).containsExactly("target: no object \"lokc\"; did you mean \"lock\"?");
        assertThat(index.at("threads[1].body[0]")).isEmpty();
        assertThat(index.at("threads[1]")).containsExactly("count: must be at least 1");
        assertThat(index.at("objects[0]")).containsExactly("lock: no Lock \"l\"");
        assertThat(index.unplaced(o -> o.startsWith("threads[") || o.startsWith("objects[")))
                .containsExactly("runtime: cores: must be 1-64", "schema: must be 1");
    }

    @Test
    void step_paths_round_trip_and_give_dom_ids() {
        StepPath p = StepPath.parse("threads[2].body[0].body[3]");

        assertThat(p.thread()).isEqualTo(2);
        assertThat(p.segments()).extracting(StepPath.Segment::index).containsExactly(0, 3);
        assertThat(p.domId()).isEqualTo("step-2-0-3");
        assertThat(p.parent()).hasToString("threads[2].body[0]");
        assertThat(StepPath.owner("threads[0].name")).contains(StepPath.ofThread(0));
    }

    @Test
    void the_then_and_else_of_an_if_are_steps_of_their_own_with_ids_of_their_own() {
        StepPath inElse = StepPath.parse("threads[1].body[2].else[0].body[1]");
        StepPath inThen = StepPath.parse("threads[1].body[2].then[0]");

        assertThat(inElse.parent()).hasToString("threads[1].body[2].else[0]");
        assertThat(inElse.parent().list()).isEqualTo(new StepPath.StepList(StepPath.parse("threads[1].body[2]"),
                StepPath.Branch.ELSE));
        assertThat(inThen.sibling(4)).hasToString("threads[1].body[2].then[4]");
        assertThat(inThen.domId()).isEqualTo("step-1-2-t0");
        assertThat(inElse.parent().domId()).isEqualTo("step-1-2-e0");
        assertThat(StepPath.owner("threads[1].body[2].else[0].condition")).contains(inElse.parent());
        assertThat(ErrorIndex.ownerOf("threads[0].body[0].then[3].target")).isEqualTo("threads[0].body[0].then[3]");
        assertThatThrownBy(() -> StepPath.parse("threads[0].body[0].orelse[1]")).isInstanceOf(IllegalArgumentException.class);
    }
}
