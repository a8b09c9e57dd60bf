package dev.threadlab.ui.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.threadlab.engine.model.StepOp;
import tools.jackson.databind.JsonNode;

import java.util.function.Consumer;

/**
 * One step of a lane as a block: its op, its line of Python, its validation errors right under it,
 * and, for {@code with}/{@code repeat}/{@code while}, the nested blocks; an {@code if} shows its {@code then} blocks,
 * then an {@code else:} label (selecting it puts new steps there) over its {@code else} blocks. Clicking (or Enter or
 * Space, as on a button) selects it.
 */
final class StepBlock extends Div {

    private static final long serialVersionUID = 1L;

    StepBlock(JsonNode step, StepPath path, ErrorIndex errors, Selection selection, Consumer<Selection> select) {
        String op = step.path("op").asString("?");
        setId(path.domId());
        addClassNames("step-block", "op-" + op);
        getElement().setAttribute("data-path", path.toString());
        getElement().setAttribute("tabindex", "0");
        boolean block = ScenarioDocument.isContainer(step) || !StepPath.Branch.of(step).isEmpty();
        if (block) {
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
        if (StepCatalog.op(step).filter(StepOp.IF::equals).isPresent()) {
            add(nested(step, new StepPath.StepList(path, StepPath.Branch.THEN), errors, selection, select));
            add(branchLabel(new StepPath.StepList(path, StepPath.Branch.ELSE), selection, select));
            if (step.path("else").isArray()) {
                add(nested(step, new StepPath.StepList(path, StepPath.Branch.ELSE), errors, selection, select));
            }
        } else if (block) {
            add(nested(step, new StepPath.StepList(path, StepPath.Branch.BODY), errors, selection, select));
        }
    }

    private static Div nested(JsonNode step, StepPath.StepList list, ErrorIndex errors, Selection selection,
                              Consumer<Selection> select) {
        Div nested = new Div();
        nested.addClassNames("step-body", "branch-" + list.branch().key());
        JsonNode steps = step.path(list.branch().key());
        for (int i = 0; i < steps.size(); i++) {
            nested.add(new StepBlock(steps.get(i), list.child(i), errors, selection, select));
        }
        if (steps.isEmpty()) {
            Span empty = new Span("empty: select this block and pick steps to put inside");
            empty.addClassName("empty-body");
            nested.add(empty);
        }
        return nested;
    }

    /** The {@code else:} of an {@code if}: selecting it (click, Enter, Space) makes the palette put steps there. */
    private static Div branchLabel(StepPath.StepList list, Selection selection, Consumer<Selection> select) {
        Selection self = new Selection.Branch(list);
        Div label = new Div(new Span(list.branch().key() + ":"));
        label.setId(Selection.branchDomId(list));
        label.addClassName("branch-label");
        label.getElement().setAttribute("data-path", list.owner() + "." + list.branch().key());
        label.getElement().setAttribute("tabindex", "0");
        label.getElement().setAttribute("role", "button");
        label.getElement().setAttribute("aria-label", list.branch().key() + " of the if above: select to add steps to it");
        if (self.equals(selection)) {
            label.addClassName("selected");
        }
        label.addClickListener(e -> select.accept(self));
        label.getElement().addEventListener("keydown", e -> select.accept(self))
                .setFilter("(event.key === 'Enter' || event.key === ' ') && event.target === element").preventDefault()
                .stopPropagation();
        return label;
    }
}
