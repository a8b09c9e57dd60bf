package dev.threadlab.ui.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import dev.threadlab.engine.model.StepOp;

import java.util.function.Consumer;

/**
 * The palette: a thread, every object type, every step. A step goes into the selected block, after
 * the selected step, or at the end of the selected (else the last) lane.
 */
final class Palette extends Div {

    private static final long serialVersionUID = 1L;

    Palette(Runnable addThread, Consumer<String> addObject, Consumer<StepOp> addStep) {
        setId("palette");
        addClassName("palette");
        getElement().setAttribute("aria-label", "Palette");
        Button thread = new Button("+ Thread", e -> addThread.run());
        thread.setId("add-thread");
        thread.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        add(group("Threads", thread));
        Div objects = group("Objects");
        ObjectKinds.TYPES.forEach(type -> objects.add(small(type, "add-object-" + domSafe(type), () -> addObject.accept(type))));
        add(objects);
        for (StepCatalog.Group g : StepCatalog.PALETTE) {
            Div ops = group(g.title());
            g.ops().forEach(op -> ops.add(small(op.jsonName(), "palette-" + op.jsonName(), () -> addStep.accept(op))));
            add(ops);
        }
    }

    static String domSafe(String s) {
        return s.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static Div group(String title, com.vaadin.flow.component.Component... items) {
        Div d = new Div(new H4(title));
        d.add(items);
        d.addClassName("palette-group");
        return d;
    }

    private static Button small(String text, String id, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        return b;
    }
}
