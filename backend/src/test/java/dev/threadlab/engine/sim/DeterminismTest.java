package dev.threadlab.engine.sim;

import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.RunResult;
import dev.threadlab.engine.Scenarios;
import dev.threadlab.engine.Simulator;
import dev.threadlab.engine.event.Event;
import dev.threadlab.engine.model.ObjectDecl;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.ThreadDecl;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.threadlab.engine.Scenarios.compute;
import static dev.threadlab.engine.Scenarios.get;
import static dev.threadlab.engine.Scenarios.increment;
import static dev.threadlab.engine.Scenarios.io;
import static dev.threadlab.engine.Scenarios.put;
import static dev.threadlab.engine.Scenarios.read;
import static dev.threadlab.engine.Scenarios.repeat;
import static dev.threadlab.engine.Scenarios.with;
import static dev.threadlab.engine.Scenarios.write;
import static org.assertj.core.api.Assertions.assertThat;

/** Determinism is a contract: same scenario + seed (+ schedule) → the same events, byte for byte. */
class DeterminismTest {

    static Scenario busy(Scenarios base) {
        return base.integer("counter", 0).object("lock", ObjectType.LOCK)
                .object(new ObjectDecl("q", ObjectType.QUEUE, null, null, 3))
                .thread(ThreadDecl.of("w", repeat(20, read("counter", "t"), compute(2.5), write("counter", "t + 1"),
                        with("lock", increment("counter")), io(1))).withCount(3))
                .thread("producer", repeat(30, "i", io(0.7), put("q", "i")))
                .thread("consumer", repeat(30, get("q", "x"), compute(1.3)))
                .build();
    }

    static List<String> events(Scenario s, RunOptions options) {
        List<String> out = new ArrayList<>();
        Simulator.run(s, options.withSink(e -> out.add(e.toString())));
        return out;
    }

    @Test
    void the_same_scenario_and_seed_give_identical_event_streams() {
        Scenario s = busy(Scenarios.gil().seed(42));
        assertThat(events(s, RunOptions.defaults())).isEqualTo(events(s, RunOptions.defaults())).hasSizeGreaterThan(1000);
    }

    @Test
    void another_seed_gives_another_run() {
        assertThat(events(busy(Scenarios.gil().seed(1)), RunOptions.defaults()))
                .isNotEqualTo(events(busy(Scenarios.gil().seed(2)), RunOptions.defaults()));
    }

    @Test
    void replaying_the_recorded_schedule_gives_identical_events_under_another_policy() {
        // free-threaded, the seed also sets the cores' jitter (CoreJitter.varAccessNs): a replay keeps the seed
        Scenario s = busy(Scenarios.freeThreaded().cores(2).seed(7));
        RunResult first = Simulator.run(s, RunOptions.defaults());
        assertThat(first.summary().schedule()).isNotEmpty();
        Scenario fifo = busy(Scenarios.freeThreaded().cores(2).seed(7).fifo());
        assertThat(events(fifo, RunOptions.defaults().withSchedule(first.summary().schedule())))
                .isEqualTo(events(s, RunOptions.defaults()));
    }

    @Test
    void event_seq_is_dense_and_time_never_goes_back() {
        List<Event> all = new ArrayList<>();
        Simulator.run(busy(Scenarios.gil()), RunOptions.defaults().withSink(all::add));
        for (int i = 0; i < all.size(); i++) {
            assertThat(all.get(i).seq()).isEqualTo(i);
            assertThat(all.get(i).t()).isGreaterThanOrEqualTo(i == 0 ? 0 : all.get(i - 1).t());
        }
        assertThat(all.getLast()).isInstanceOf(Event.RunEnded.class);
    }
}
