package dev.threadlab.engine;

import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.sim.Machine;
import dev.threadlab.engine.validate.Problem;
import dev.threadlab.engine.validate.Validator;

import java.util.List;

/**
 * Runs a scenario in virtual time. Deterministic: the same scenario, options and schedule give the same events, byte
 * for byte. Not thread-safe per call, but calls are independent (no shared state), so runs may proceed in parallel.
 */
public final class Simulator {

    private Simulator() {
    }

    /**
     * The engine's version in every run id (runs/RunRecipe): change it whenever a scenario's events could change, as
     * the golden traces show, so a stored run is never recomputed into different events under the same id.
     */
    public static final String ENGINE_VERSION = "2026-12-06";

    /**
     * Validates and runs {@code scenario}.
     *
     * @throws InvalidScenarioException if the {@link Validator} finds problems (with the structural limits of
     *                                  {@code options.limits()})
     */
    public static RunResult run(Scenario scenario, RunOptions options) {
        List<Problem> problems = Validator.validate(scenario, options.limits());
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        return new Machine(scenario, options).run();
    }

    /**
     * Continues a run from {@code checkpoint} (handed out by a run with {@link RunOptions#withCheckpoints}) to its
     * end: {@code sink} receives exactly the events the original run emitted from {@link Checkpoint#seq()} on. The
     * checkpoint is not changed: it may be resumed again, also concurrently. The sink may throw to stop early.
     */
    public static void resume(Checkpoint checkpoint, EventSink sink) {
        checkpoint.resume(sink);
    }

    /** Runs with {@link RunOptions#defaults()}. */
    public static RunResult run(Scenario scenario) {
        return run(scenario, RunOptions.defaults());
    }

    /**
     * "You are the scheduler": runs {@code options} (exploring mode is forced) along its schedule and returns the
     * next choice after it, or empty when the run ends before another choice.
     *
     * @throws InvalidScenarioException if the scenario is invalid
     */
    public static java.util.Optional<ChoicePoint> nextChoice(Scenario scenario, RunOptions options) {
        List<Problem> problems = Validator.validate(scenario, options.limits());
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        return java.util.Optional.ofNullable(new Machine(scenario, options.withExploring(true)).runToNextChoice());
    }
}
