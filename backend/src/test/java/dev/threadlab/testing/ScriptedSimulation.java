package dev.threadlab.testing;

import dev.threadlab.engine.Outcome;
import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.RunResult;
import dev.threadlab.engine.RunSummary;
import dev.threadlab.engine.event.Event;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.Step;
import dev.threadlab.engine.model.ThreadDecl;
import dev.threadlab.runs.Simulation;

import java.util.List;
import java.util.Map;

/**
 * A deterministic stand-in for the engine, for API tests that are about transport (paging, streaming,
 * caching), not semantics: each thread runs alone, in order, one {@code step} event per executed step
 * ({@code repeat} unrolled), time advancing by the {@code compute}/{@code io}/{@code sleep} durations.
 */
public final class ScriptedSimulation {

    private long seq;
    private long t;

    public static Simulation create() {
        return (scenario, options) -> new ScriptedSimulation().simulate(scenario, options);
    }

    private RunResult simulate(Scenario scenario, RunOptions options) {
        for (int i = 0; i < scenario.threads().size(); i++) {
            ThreadDecl thread = scenario.threads().get(i);
            walk(thread.id(), thread.body(), "threads[" + i + "]", options);
        }
        options.sink().accept(new Event.RunEnded(seq++, t, "completed"));
        RunSummary summary = new RunSummary(Outcome.COMPLETED, t / 1000.0, seq, Map.of(), List.of(), List.of(),
                null, Map.of(), List.of());
        return new RunResult(summary, List.of(), List.of());
    }

    private void walk(String thread, List<Step> body, String path, RunOptions options) {
        for (int i = 0; i < body.size(); i++) {
            Step step = body.get(i);
            String at = path + ".body[" + i + "]";
            options.sink().accept(new Event.StepEntered(seq++, t, thread, at));
            switch (step) {
                case Step.Compute c -> t += (long) (c.ms() * 1000);
                case Step.Io io -> t += (long) (io.ms() * 1000);
                case Step.Sleep s -> t += (long) (s.ms() * 1000);
                case Step.Repeat r -> {
                    for (int k = 0; k < r.times(); k++) {
                        walk(thread, r.body(), at, options);
                    }
                }
                default -> t += 1;
            }
        }
    }
}
