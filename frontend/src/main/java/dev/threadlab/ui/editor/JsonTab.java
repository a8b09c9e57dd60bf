package dev.threadlab.ui.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.function.BiConsumer;

/**
 * The scenario as JSON (DESIGN.md §2): shown, editable, and applied back to the diagram. A lesson's {@code lesson}
 * object is part of what is shown and applied (a teacher writes a lesson, its grades and its scheduler goal, here).
 */
final class JsonTab extends Div {

    private static final long serialVersionUID = 1L;

    private final TextArea text = new TextArea("Scenario JSON");
    private final Span error = new Span();

    /** @param apply takes the diagram and the lesson (null when the JSON has none) */
    JsonTab(BiConsumer<ScenarioDocument, JsonNode> apply) {
        setId("json-tab");
        addClassName("json-tab");
        text.setId("json-text");
        text.setWidthFull();
        text.addClassName("code-area");
        error.setId("json-error");
        error.addClassName("block-error");
        Button applyButton = new Button("Apply JSON to the diagram", e -> {
            try {
                JsonNode lesson = lessonOf(text.getValue());
                apply.accept(ScenarioDocument.parse(text.getValue()), lesson);
                error.setText("");
            } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
            }
        });
        applyButton.setId("json-apply");
        applyButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text, new Div(applyButton, error));
    }

    void show(ScenarioDocument doc, JsonNode lesson) {
        ObjectNode shown = doc.root().deepCopy();
        if (lesson != null && lesson.isObject()) {
            shown.set("lesson", lesson);
        }
        text.setValue(ScenarioDocument.JSON.writeValueAsString(shown));
        error.setText("");
    }

    /** The {@code lesson} object of a scenario's JSON, or null (the scenario's own parse says what else is wrong). */
    private static JsonNode lessonOf(String json) {
        try {
            JsonNode lesson = ScenarioDocument.JSON.readTree(json).get("lesson");
            return lesson != null && lesson.isObject() ? lesson : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
