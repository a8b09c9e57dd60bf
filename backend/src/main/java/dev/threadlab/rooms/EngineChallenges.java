package dev.threadlab.rooms;

import dev.threadlab.engine.Limits;
import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.RunSummary;
import dev.threadlab.engine.Simulator;
import dev.threadlab.engine.Timing;
import dev.threadlab.engine.explore.Exploration;
import dev.threadlab.engine.explore.ExploreOptions;
import dev.threadlab.engine.explore.Explorer;
import dev.threadlab.engine.model.Scenario;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link ChallengeEngine} on the real engine: the simulator for runs, the explorer for every schedule — with any
 * timing (DESIGN.md §3.1), so that "under any schedule" means every execution CPython permits, not only the ones the
 * simulated clock happens to allow.
 */
final class EngineChallenges implements ChallengeEngine {

    private final Function<JsonNode, Scenario> reader;
    private final RunOptions options;

    /** @param reader turns scenario JSON into the engine's model, throwing IllegalArgumentException when invalid */
    EngineChallenges(Function<JsonNode, Scenario> reader, Limits limits) {
        this.reader = reader;
        this.options = RunOptions.defaults().withLimits(limits);
    }

    @Override
    public RunSummary run(JsonNode scenario) {
        return Simulator.run(reader.apply(scenario), options).summary();
    }

    @Override
    public Optional<Exploration> explore(JsonNode scenario, int maxSchedules) {
        return Optional.of(Explorer.explore(reader.apply(scenario), ExploreOptions.defaults()
                .withMaxSchedules(maxSchedules).withRun(options).withTiming(Timing.ANY)));
    }

    @Override
    public RunSummary replay(JsonNode scenario, List<Integer> schedule) {
        return Simulator.run(reader.apply(scenario), options.withExploring(true).withTiming(Timing.ANY)
                        .withSchedule(schedule))
                .summary();
    }
}
