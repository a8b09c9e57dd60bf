package dev.threadlab.engine.sim;

import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.RunSummary;
import dev.threadlab.engine.Scenarios;
import dev.threadlab.engine.Simulator;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.ThreadDecl;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static dev.threadlab.engine.Scenarios.increment;
import static dev.threadlab.engine.Scenarios.repeat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN.md §3: free-threaded, unsynchronised increments lose "more or fewer depending on the seed", as on real
 * cores that never run in lockstep; a run is still reproducible from its seed, event for event.
 */
class FreeThreadedJitterTest {

    private static Scenario increments(long seed) {
        return Scenarios.freeThreaded().cores(2).seed(seed).integer("counter", 0)
                .thread(ThreadDecl.of("w", repeat(20_000, increment("counter"))).withCount(2)).build();
    }

    private static RunSummary run(long seed) {
        return Simulator.run(increments(seed), RunOptions.defaults()).summary();
    }

    @Test
    void different_seeds_lose_different_numbers_of_updates() {
        Set<Long> counters = new HashSet<>();
        for (long seed = 1; seed <= 4; seed++) {
            RunSummary s = run(seed);
            assertThat(s.variables().get("counter")).isBetween(20_000L, 39_999L);
            counters.add(s.variables().get("counter"));
        }
        assertThat(counters).as("final counters of seeds 1 to 4").hasSizeGreaterThan(1);
    }

    @Test
    void the_same_seed_gives_the_same_run_event_for_event() {
        StringBuilder first = new StringBuilder();
        StringBuilder second = new StringBuilder();
        Simulator.run(increments(7), RunOptions.defaults().withSink(e -> first.append(e).append('\n')));
        Simulator.run(increments(7), RunOptions.defaults().withSink(e -> second.append(e).append('\n')));
        assertThat(second.toString()).isEqualTo(first.toString());
    }
}
