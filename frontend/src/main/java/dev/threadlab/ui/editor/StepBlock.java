package dev.threadlab.ui.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import tools.jackson.databind.JsonNode;

import java.util.function.Consumer;

/**
 * One step of a lane as a block: its op, its line of Python, its validation errors right under it,
 * and, for {@code with}/{@code repeat}, the nested blocks. Clicking (or Enter or Space, as on a button) selects it.
 */
final class StepBlock extends Div {

    private static final long serialVersionUID = 1L;

    StepBlock(JsonNode step, StepPath path, ErrorIndex errors, Selection selection, Consumer<Selection> select) {
        String op = step.path("op").asString("?");
        setId(path.domId());
        addClassNames("step-block", "op-" + op);
        getElement().setAttribute("data-path", path.toString());
        getElement().setAttribute("tabindex", "0");
        if (step.has("body")) {
            // A block of steps holds other selectable blocks: a labelled group, not a button around buttons.
            getElement().setAttribute("role", "group");
            getElement().setAttribute("aria-label", op + " block: " + StepCatalog.python(step));
        } else {
            getElement().setAttribute("role", "button");   // named by what it shows: its op and its line of Python
        }
        if (selection instanceof Selection.Step s && s.path().equals(path)) {
            addClassName("selected");
        }
        Span badge = new Span(op);
        badge.addClassName("op-badge");
        Span code = new Span(StepCatalog.python(step));
        code.addClassName("step-code");
        Div head = new Div(badge, code);
        head.addClassName("step-head");
        head.addClickListener(e -> select.accept(new Selection.Step(path)));
        add(head);
        getElement().addEventListener("keydown", e -> select.accept(new Selection.Step(path)))
                .setFilter("(event.key === 'Enter' || event.key === ' ') && event.target === element").preventDefault()
                .stopPropagation();
        for (String message : errors.at(path.toString())) {
            Span error = new Span(message);
            error.addClassName("block-error");
            add(error);
        }
        if (step.has("body")) {
            Div nested = new Div();
            nested.addClassName("step-body");
            JsonNode body = step.get("body");
            for (int i = 0; i < body.size(); i++) {
                nested.add(new StepBlock(body.get(i), path.child(i), errors, selection, select));
            }
            if (body.isEmpty()) {
                Span empty = new Span("empty: select this block and pick steps to put inside");
                empty.addClassName("empty-body");
                nested.add(empty);
            }
            add(nested);
        }
    }
}
