package dev.threadlab.ui.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import tools.jackson.databind.node.ObjectNode;

import java.util.function.Consumer;

/** The shared objects of the diagram as cards with their Python, each selectable for the inspector. */
final class ObjectsList extends Div {

    private static final long serialVersionUID = 1L;

    ObjectsList() {
        setId("objects");
        addClassName("objects-list");
    }

    void show(ScenarioDocument doc, ErrorIndex errors, Selection selection, Consumer<Selection> select) {
        removeAll();
        for (int i = 0; i < doc.objects().size(); i++) {
            int index = i;
            ObjectNode o = (ObjectNode) doc.objects().get(i);
            Div card = new Div();
            card.setId("object-" + i);
            card.addClassName("object-card");
            card.getElement().setAttribute("tabindex", "0");
            card.getElement().setAttribute("role", "button");
            card.getElement().setAttribute("data-object", o.path("id").asString(""));
            if (selection instanceof Selection.SharedObject s && s.index() == i) {
                card.addClassName("selected");
            }
            Span code = new Span(ObjectKinds.python(o));
            code.addClassName("step-code");
            card.add(code);
            for (String message : errors.at("objects[" + i + "]")) {
                Span error = new Span(message);
                error.addClassName("block-error");
                card.add(error);
            }
            card.addClickListener(e -> select.accept(new Selection.SharedObject(index)));
            card.getElement().addEventListener("keydown", e -> select.accept(new Selection.SharedObject(index)))
                    .setFilter("event.key === 'Enter' || event.key === ' '").preventDefault();
            add(card);
        }
        if (doc.objects().isEmpty()) {
            Span hint = new Span("No shared objects yet.");
            hint.addClassName("empty-body");
            add(hint);
        }
    }
}
