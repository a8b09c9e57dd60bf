package dev.threadlab.ui.editor;

import dev.threadlab.engine.model.StepOp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class InspectorTest {

    private static StepCatalog.Field field(StepOp op, String key) {
        return StepCatalog.fields(op).stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void an_integer_typed_as_a_value_is_stored_as_a_number_and_an_expression_as_text() {
        ObjectNode write = StepCatalog.newStep(StepOp.WRITE, ScenarioDocument.empty(), "");

        Inspector.storeText(write, field(StepOp.WRITE, "value"), " 7 ");
        assertThat(write.path("value").isNumber()).isTrue();
        assertThat(write.path("value").asLong()).isEqualTo(7);

        Inspector.storeText(write, field(StepOp.WRITE, "value"), "tmp + 1");
        assertThat(write.path("value").asString()).isEqualTo("tmp + 1");
    }

    @Test
    void text_fields_stay_text_even_when_they_look_like_numbers() {
        ObjectNode spin = StepCatalog.newStep(StepOp.SPIN_UNTIL, ScenarioDocument.empty(), "");
        ObjectNode print = StepCatalog.newStep(StepOp.PRINT, ScenarioDocument.empty(), "");

        Inspector.storeText(spin, field(StepOp.SPIN_UNTIL, "condition"), "1");
        Inspector.storeText(print, field(StepOp.PRINT, "text"), "42");

        assertThat(spin.path("condition").isString()).isTrue();
        assertThat(spin.path("condition").asString()).isEqualTo("1");
        assertThat(print.path("text").isString()).isTrue();
    }

    @Test
    void a_blank_optional_field_is_removed() {
        ObjectNode put = StepCatalog.newStep(StepOp.PUT, ScenarioDocument.empty(), "");

        Inspector.storeText(put, field(StepOp.PUT, "value"), " ");

        assertThat(put.has("value")).isFalse();
    }

    @Test
    void the_timer_interval_field_makes_the_thread_a_timer_and_emptying_it_an_ordinary_thread() {
        ScenarioDocument doc = ScenarioDocument.empty();
        doc.addThread();
        Inspector inspector = new Inspector(new Inspector.Host() {
            @Override
            public ScenarioDocument doc() {
                return doc;
            }

            @Override
            public void changed(Selection selection, boolean reshowInspector) {
            }
        });
        inspector.show(new Selection.Thread(0));
        var timer = (com.vaadin.flow.component.textfield.IntegerField) inspector.getChildren()
                .filter(c -> c.getId().orElse("").equals("field-timer")).findFirst().orElseThrow();

        timer.setValue(250);
        assertThat(doc.thread(0).path("timer").path("intervalMs").asInt()).isEqualTo(250);

        timer.clear();
        assertThat(doc.thread(0).has("timer")).isFalse();
    }
}
