package dev.threadlab.engine.sim;

import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.RunResult;
import dev.threadlab.engine.model.Scenario;

/** The discrete-event core (work in progress). */
public final class Machine {

    private final Scenario scenario;
    private final RunOptions options;

    public Machine(Scenario scenario, RunOptions options) {
        this.scenario = scenario;
        this.options = options;
    }

    public RunResult run() {
        throw new UnsupportedOperationException("not yet: " + scenario.title() + options.exploring());
    }
}
