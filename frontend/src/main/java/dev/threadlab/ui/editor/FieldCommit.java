package dev.threadlab.ui.editor;

import com.vaadin.flow.component.Component;

/**
 * Fields report their value after a pause in typing (lazy, so validation is debounced) and, through
 * this, also at once when they lose focus or Enter is pressed: what was typed is never left behind
 * when the learner goes on to press Run or Share.
 */
final class FieldCommit {

    private FieldCommit() {
    }

    static void onBlur(Component field) {
        field.getElement().addEventListener("change", e -> {
        }).synchronizeProperty("value");
    }
}
