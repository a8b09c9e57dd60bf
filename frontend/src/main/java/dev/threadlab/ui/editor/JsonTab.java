package dev.threadlab.ui.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.function.Consumer;

/** The scenario as JSON (DESIGN.md §2): shown, editable, and applied back to the diagram. */
final class JsonTab extends Div {

    private static final long serialVersionUID = 1L;

    private final TextArea text = new TextArea("Scenario JSON");
    private final Span error = new Span();

    JsonTab(Consumer<ScenarioDocument> apply) {
        setId("json-tab");
        addClassName("json-tab");
        text.setId("json-text");
        text.setWidthFull();
        text.addClassName("code-area");
        error.setId("json-error");
        error.addClassName("block-error");
        Button applyButton = new Button("Apply JSON to the diagram", e -> {
            try {
                apply.accept(ScenarioDocument.parse(text.getValue()));
                error.setText("");
            } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
            }
        });
        applyButton.setId("json-apply");
        applyButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text, new Div(applyButton, error));
    }

    void show(ScenarioDocument doc) {
        text.setValue(doc.toJson());
        error.setText("");
    }
}
