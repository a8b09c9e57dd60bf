package dev.threadlab.ui.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import tools.jackson.databind.node.ObjectNode;

/** The simulated machine and interpreter (DESIGN.md §2 runtime): model, cores, switch interval, seed, policy. */
final class RuntimeForm extends Div {

    private static final long serialVersionUID = 1L;

    private final Select<String> model = new Select<>();
    private final IntegerField cores = new IntegerField("Cores");
    private final NumberField switchInterval = new NumberField("Switch interval (ms)");
    private final IntegerField seed = new IntegerField("Seed");
    private final Select<String> policy = new Select<>();
    private boolean loading;

    RuntimeForm(Runnable changed) {
        setId("runtime");
        addClassName("runtime-form");
        model.setLabel("Model");
        model.setId("runtime-model");
        model.setItems("gil", "free-threaded");
        model.setItemLabelGenerator(m -> "gil".equals(m) ? "CPython with the GIL" : "Free-threaded (3.13t)");
        cores.setId("runtime-cores");
        cores.setMin(1);
        cores.setMax(64);
        cores.setStepButtonsVisible(true);
        switchInterval.setId("runtime-switch");
        switchInterval.setMin(0.001);
        seed.setId("runtime-seed");
        seed.setStepButtonsVisible(true);
        policy.setLabel("Scheduling policy");
        policy.setId("runtime-policy");
        policy.setItems("random", "fifo");
        add(model, cores, switchInterval, seed, policy);
        model.addValueChangeListener(e -> store(changed, "model", e.getValue()));
        policy.addValueChangeListener(e -> store(changed, "policy", e.getValue()));
        cores.addValueChangeListener(e -> storeNumber(changed, "cores", e.getValue()));
        seed.addValueChangeListener(e -> storeNumber(changed, "seed", e.getValue()));
        switchInterval.addValueChangeListener(e -> storeNumber(changed, "switchIntervalMs", e.getValue()));
        this.runtime = null;
    }

    private ObjectNode runtime;

    void show(ObjectNode runtime) {
        loading = true;
        this.runtime = runtime;
        model.setValue(runtime.path("model").asString("gil"));
        cores.setValue(runtime.path("cores").asInt(4));
        switchInterval.setValue(runtime.path("switchIntervalMs").asDouble(5));
        seed.setValue(runtime.path("seed").asInt(1));
        policy.setValue(runtime.path("policy").asString("random"));
        loading = false;
    }

    private void store(Runnable changed, String key, String value) {
        if (loading || runtime == null || value == null) {
            return;
        }
        runtime.put(key, value);
        changed.run();
    }

    private void storeNumber(Runnable changed, String key, Number value) {
        if (loading || runtime == null) {
            return;
        }
        if (value == null) {
            runtime.remove(key);
        } else if (value instanceof Double d && d != Math.rint(d)) {
            runtime.put(key, d);
        } else {
            runtime.put(key, value.longValue());
        }
        changed.run();
    }
}
