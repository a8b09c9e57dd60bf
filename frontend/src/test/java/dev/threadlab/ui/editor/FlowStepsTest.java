package dev.threadlab.ui.editor;

import dev.threadlab.engine.model.StepOp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The palette's Flow steps {@code if}, {@code while} and {@code break}: their fields and how a new one starts. */
class FlowStepsTest {

    @Test
    void if_and_while_are_flow_blocks_with_a_condition_and_break_has_no_field() {
        ScenarioDocument doc = ScenarioDocument.empty();
        doc.addObject("int");

        assertThat(StepCatalog.PALETTE.getLast().ops()).extracting(StepOp::jsonName)
                .containsExactly("repeat", "if", "while", "break");
        assertThat(StepCatalog.fields(StepOp.IF)).extracting(StepCatalog.Field::key).containsExactly("condition");
        assertThat(StepCatalog.fields(StepOp.WHILE)).extracting(StepCatalog.Field::kind).containsExactly(StepCatalog.Kind.TEXT);
        assertThat(StepCatalog.fields(StepOp.BREAK)).isEmpty();
        assertThat(StepCatalog.newStep(StepOp.IF, doc, "t1").toString())
                .isEqualTo("{\"op\":\"if\",\"condition\":\"counter == 0\",\"then\":[]}");
        assertThat(StepCatalog.newStep(StepOp.WHILE, doc, "t1").toString())
                .isEqualTo("{\"op\":\"while\",\"condition\":\"counter < 3\",\"body\":[]}");
        assertThat(StepCatalog.newStep(StepOp.BREAK, doc, "t1").toString()).isEqualTo("{\"op\":\"break\"}");
    }

    @Test
    void a_condition_typed_in_the_inspector_is_stored_as_the_text_typed() {
        var step = StepCatalog.newStep(StepOp.WHILE, ScenarioDocument.empty(), "t1");

        Inspector.storeText(step, StepCatalog.fields(StepOp.WHILE).getFirst(), "not done and q.qsize() > 0");

        assertThat(step.path("condition").asString()).isEqualTo("not done and q.qsize() > 0");
        assertThat(step.path("condition").isString()).isTrue();
    }
}
