package dev.threadlab.ui.editor;

import dev.threadlab.ui.client.LabApiException.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(p.indices()).containsExactly(0, 3);
        assertThat(p.domId()).isEqualTo("step-2-0-3");
        assertThat(p.parent()).hasToString("threads[2].body[0]");
        assertThat(StepPath.owner("threads[0].name")).contains(StepPath.ofThread(0));
    }
}
