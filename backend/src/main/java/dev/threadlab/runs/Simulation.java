package dev.threadlab.runs;

import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.RunResult;
import dev.threadlab.engine.Simulator;
import dev.threadlab.engine.model.Scenario;

/** The engine as the runs feature sees it: {@link Simulator#run} in production, a stand-in in some tests. */
@FunctionalInterface
public interface Simulation {

    Simulation ENGINE = Simulator::run;

    RunResult run(Scenario scenario, RunOptions options);
}
