package dev.threadlab.ui.editor;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.threadlab.engine.model.StepOp;
import tools.jackson.databind.node.ObjectNode;

import java.util.function.Consumer;

/**
 * Edits what is selected: a thread, a step (its fields and where it sits), or an object. Every change is
 * written into the document at once; text fields report after a short pause, so validation is debounced.
 */
final class Inspector extends Div {

    private static final long serialVersionUID = 1L;

    /** What the inspector asks of the editor: the document, and how to report a change. */
    interface Host {
        ScenarioDocument doc();

        /** The document changed; {@code selection} is what is selected now (it may have moved). */
        void changed(Selection selection, boolean reshowInspector);
    }

    private final Host host;

    Inspector(Host host) {
        this.host = host;
        setId("inspector");
        addClassName("inspector");
        show(Selection.NONE);
    }

    void show(Selection selection) {
        removeAll();
        switch (selection) {
            case Selection.None n -> add(new H4("Inspector"),
                    new Paragraph("Select a lane, a step or an object to edit it. Keyboard: Tab to a block, Enter or Space to select."));
            case Selection.Thread t -> showThread(t.index());
            case Selection.Step s -> showStep(s.path());
            case Selection.Branch b -> showStep(b.list().owner());
            case Selection.SharedObject o -> showObject(o.index());
        }
    }

    private void showThread(int index) {
        ScenarioDocument doc = host.doc();
        ObjectNode thread = doc.thread(index);
        Selection self = new Selection.Thread(index);
        add(new H4("Thread " + thread.path("id").asString("")));
        String[] referenced = {thread.path("id").asString("")}; // what start/join/cancel steps name (see rename)
        TextField id = text("field-id", "id", referenced[0], v -> {
            if (doc.renameThread(index, referenced[0], v)) {
                referenced[0] = v;
            }
        }, self);
        IntegerField count = integer("field-count", "replicas (count)", thread.path("count").asInt(1),
                v -> { if (v == null || v <= 1) thread.remove("count"); else thread.put("count", v); }, self);
        Checkbox daemon = new Checkbox("daemon", thread.path("daemon").asBoolean(false));
        daemon.setId("field-daemon");
        daemon.addValueChangeListener(e -> {
            if (e.getValue()) thread.put("daemon", true); else thread.remove("daemon");
            host.changed(self, false);
        });
        TextField process = text("field-process", "process (empty: main)", thread.path("process").asString(""), v -> {
            if (v.isBlank() || v.equals("main")) thread.remove("process"); else thread.put("process", v);
            ProcessList.sync(doc);
        }, self);
        Select<String> start = new Select<>();
        start.setLabel("start");
        start.setId("field-start");
        start.setItems("auto", "manual");
        start.setValue(thread.path("start").asString("auto"));
        start.addValueChangeListener(e -> {
            if ("manual".equals(e.getValue())) thread.put("start", "manual"); else thread.remove("start");
            host.changed(self, false);
        });
        IntegerField timer = integer("field-timer", "Timer interval (ms; empty: not a Timer)",
                thread.has("timer") ? thread.path("timer").path("intervalMs").asInt() : null,
                v -> { if (v == null) thread.remove("timer"); else thread.putObject("timer").put("intervalMs", v); }, self);
        timer.setHelperText("threading.Timer(interval, body): sleeps, then runs its steps unless cancelled");
        timer.setMin(0);
        Button delete = danger("thread-delete", "Delete thread", () -> {
            doc.removeThread(index);
            host.changed(Selection.NONE, true);
        });
        add(id, count, daemon, process, start, timer, delete);
    }

    private void showStep(StepPath path) {
        ScenarioDocument doc = host.doc();
        ObjectNode step = doc.step(path);
        Selection self = new Selection.Step(path);
        add(new H4("Step " + step.path("op").asString("")));
        StepCatalog.op(step).ifPresent(op -> showFields(op, step, self));
        Div moves = new Div(
                action("step-up", "↑ Up", () -> host.changed(new Selection.Step(doc.move(path, -1)), true)),
                action("step-down", "↓ Down", () -> host.changed(new Selection.Step(doc.move(path, 1)), true)),
                action("step-indent", "→ Into block above", () -> host.changed(new Selection.Step(doc.indent(path)), true)),
                action("step-outdent", "← Out of block", () -> host.changed(new Selection.Step(doc.outdent(path)), true)),
                wrap(StepOp.WITH, path),
                wrap(StepOp.REPEAT, path), wrap(StepOp.IF, path), wrap(StepOp.WHILE, path),
                danger("step-delete", "Delete", () -> {
                    doc.remove(path);
                    host.changed(Selection.NONE, true);
                }));
        moves.addClassName("inspector-actions");
        add(moves);
    }

    /** The step's fields, as its op has them. */
    private void showFields(StepOp op, ObjectNode step, Selection self) {
        ScenarioDocument doc = host.doc();
        for (StepCatalog.Field f : StepCatalog.fields(op)) {
            String id = "field-" + f.key();
            switch (f.kind()) {
                case INT -> add(integer(id, f.label(), step.has(f.key()) ? step.path(f.key()).asInt() : null,
                        v -> { if (v == null) step.remove(f.key()); else step.put(f.key(), v); }, self));
                case BOOLEAN -> {
                    Checkbox box = new Checkbox(f.label(), step.path(f.key()).asBoolean(true));
                    box.setId(id);
                    box.addValueChangeListener(e -> {
                        if (e.getValue()) step.remove(f.key()); else step.put(f.key(), false);
                        host.changed(self, false);
                    });
                    add(box);
                }
                case TEXT, EXPR, TARGET -> {
                    TextField field = text(id, f.label(), step.path(f.key()).asString(""),
                            v -> storeText(step, f, v), self);
                    if (f.kind() == StepCatalog.Kind.TARGET) {
                        var names = StepCatalog.targetsThread(op) ? doc.threadIds() : doc.objectIds(StepCatalog.targetTypes(op));
                        field.setHelperText(names.isEmpty() ? "no fitting object yet" : "one of: " + String.join(", ", names));
                    }
                    add(field);
                }
            }
        }
    }

    /** "Wrap in {@code op}": the step becomes the first of a new block. */
    private Button wrap(StepOp op, StepPath path) {
        return action("step-wrap-" + op.jsonName(), "Wrap in " + op.jsonName(), () -> {
            ObjectNode block = StepCatalog.newStep(op, host.doc(), "");
            StepPath.Branch.of(block).forEach(b -> block.remove(b.key()));
            host.changed(new Selection.Step(host.doc().wrap(path, block)), true);
        });
    }

    /** Stores a text field's value: removed when optional and blank, a number for an integer EXPR, else the string. */
    static void storeText(ObjectNode step, StepCatalog.Field f, String v) {
        if (v.isBlank() && f.optional()) {
            step.remove(f.key());
        } else if (f.kind() == StepCatalog.Kind.EXPR && v.strip().matches("-?\\d{1,15}")) {
            step.put(f.key(), Long.parseLong(v.strip()));
        } else {
            step.put(f.key(), v);
        }
    }

    private void showObject(int index) {
        ScenarioDocument doc = host.doc();
        ObjectNode o = (ObjectNode) doc.objects().get(index);
        Selection self = new Selection.SharedObject(index);
        String type = o.path("type").asString("");
        add(new H4(type + " " + o.path("id").asString("")));
        // The field reports while the learner types: the references follow the id only while it is a usable one,
        // so an intermediate "" or a name another object already has neither loses nor merges them.
        String[] referenced = {o.path("id").asString("")};
        add(text("field-id", "id", referenced[0], v -> {
            if (doc.renameObject(index, referenced[0], v)) {
                referenced[0] = v;
            }
        }, self));
        for (String p : ObjectKinds.parameters(type)) {
            if (p.equals("lock")) {
                add(text("field-lock", "lock (empty: its own RLock)", o.path("lock").asString(""),
                        v -> { if (v.isBlank()) o.remove("lock"); else o.put("lock", v); }, self));
            } else {
                add(integer("field-" + p, p, o.has(p) ? o.path(p).asInt() : null,
                        v -> { if (v == null) o.remove(p); else o.put(p, v); }, self));
            }
        }
        add(danger("object-delete", "Delete object", () -> {
            doc.removeObject(index);
            host.changed(Selection.NONE, true);
        }));
    }

    private TextField text(String id, String label, String value, Consumer<String> store, Selection self) {
        TextField field = bound(new TextField(label), id, value, store, self);
        field.setWidthFull();
        return field;
    }

    private IntegerField integer(String id, String label, Integer value, Consumer<Integer> store, Selection self) {
        IntegerField field = bound(new IntegerField(label), id, value, store, self);
        field.setStepButtonsVisible(true);
        return field;
    }

    /** {@code field} showing {@code value}, storing each edit (as the user types, and on blur) into the document. */
    private <V, F extends AbstractField<F, V> & HasValueChangeMode> F bound(F field, String id, V value,
                                                                          Consumer<V> store, Selection self) {
        field.setId(id);
        field.setValue(value);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        FieldCommit.onBlur(field);
        field.addValueChangeListener(e -> {
            store.accept(e.getValue());
            host.changed(self, false);
        });
        return field;
    }

    private static Button action(String id, String text, Runnable run) {
        Button b = new Button(text, e -> run.run());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    private static Button danger(String id, String text, Runnable run) {
        Button b = action(id, text, run);
        b.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return b;
    }
}
