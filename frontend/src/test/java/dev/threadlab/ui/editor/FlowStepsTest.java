package dev.threadlab.ui.editor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The palette's Flow steps {@code if}, {@code while} and {@code break}: their fields and how a new one starts. */
class FlowStepsTest {

    @Test
    void if_and_while_are_flow_blocks_with_a_condition_and_break_has_no_field() {
        ScenarioDocument doc = ScenarioDocument.empty();
        doc.addObject("int");

        assertThat(StepCatalog.PALETTE.getLast().ops()).containsExactly("repeat", "if", "while", "break");
        assertThat(StepCatalog.fields("if")).extracting(StepCatalog.Field::key).containsExactly("condition");
        assertThat(StepCatalog.fields("while")).extracting(StepCatalog.Field::kind).containsExactly(StepCatalog.Kind.TEXT);
        assertThat(StepCatalog.fields("break")).isEmpty();
        assertThat(StepCatalog.newStep("if", doc, "t1").toString())
                .isEqualTo("{\"op\":\"if\",\"condition\":\"counter == 0\",\"then\":[]}");
        assertThat(StepCatalog.newStep("while", doc, "t1").toString())
                .isEqualTo("{\"op\":\"while\",\"condition\":\"counter < 3\",\"body\":[]}");
        assertThat(StepCatalog.newStep("break", doc, "t1").toString()).isEqualTo("{\"op\":\"break\"}");
    }

    @Test
    void a_condition_typed_in_the_inspector_is_stored_as_the_text_typed() {
        var step = StepCatalog.newStep("while", ScenarioDocument.empty(), "t1");

        Inspector.storeText(step, StepCatalog.fields("while").getFirst(), "not done and q.qsize() > 0");

        assertThat(step.path("condition").asString()).isEqualTo("not done and q.qsize() > 0");
        assertThat(step.path("condition").isString()).isTrue();
    }
}
