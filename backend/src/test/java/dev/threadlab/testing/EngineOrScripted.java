package dev.threadlab.testing;

import dev.threadlab.engine.Simulator;
import dev.threadlab.runs.Simulation;

/** The real engine, or the scripted stand-in while the engine's simulator is not written yet. */
public final class EngineOrScripted {

    private EngineOrScripted() {
    }

    public static Simulation create() {
        Simulation scripted = ScriptedSimulation.create();
        return (scenario, options) -> {
            try {
                return Simulator.run(scenario, options);
            } catch (UnsupportedOperationException notYet) {
                return scripted.run(scenario, options);
            }
        };
    }
}
