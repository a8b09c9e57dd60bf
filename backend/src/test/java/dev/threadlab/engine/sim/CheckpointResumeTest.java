package dev.threadlab.engine.sim;

import dev.threadlab.engine.Checkpoint;
import dev.threadlab.engine.Limits;
import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.Simulator;
import dev.threadlab.engine.Timing;
import dev.threadlab.engine.event.Event;
import dev.threadlab.engine.model.Model;
import dev.threadlab.engine.model.Policy;
import dev.threadlab.engine.model.RuntimeConfig;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.json.LabJson;
import dev.threadlab.json.ScenarioParser;
import dev.threadlab.presets.PresetLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A run resumed from any of its checkpoints produces exactly the events the run produced from there on: every
 * preset of the library, under both models, with two seeds of the random policy and with FIFO, resumed from every
 * checkpoint it handed out (issue 15: a finished run's later events, its state at an instant and its zoomed timeline
 * are regenerated from the nearest checkpoint, never from the start).
 */
class CheckpointResumeTest {

    private static final LabJson JSON = new LabJson(64);
    private static final PresetLibrary LIBRARY = PresetLibrary.fromClasspath(JSON);
    private static final ScenarioParser PARSER = new ScenarioParser(Limits.defaults());
    /** Long presets are cut here (a limit outcome, resumed too): enough for dozens of checkpoints each. */
    private static final long MAX_EVENTS = 30_000;

    static Stream<Arguments> runs() {
        List<Arguments> out = new ArrayList<>();
        for (PresetLibrary.PresetInfo info : LIBRARY.list()) {
            for (Model model : Model.values()) {
                out.add(Arguments.of(info.id(), model, Policy.RANDOM, 1L));
                out.add(Arguments.of(info.id(), model, Policy.RANDOM, 987_654_321L));
                out.add(Arguments.of(info.id(), model, Policy.FIFO, 3L));
            }
        }
        return out.stream();
    }

    static Scenario preset(String id) {
        return PARSER.parse(LIBRARY.find(id).orElseThrow().scenario());
    }

    @ParameterizedTest(name = "{0} {1} {2} seed {3}")
    @MethodSource("runs")
    void resuming_from_every_checkpoint_gives_the_events_of_the_run_from_there_on(String id, Model model,
                                                                                  Policy policy, long seed) {
        RuntimeConfig runtime = preset(id).runtime().withModel(model).withPolicy(policy).withSeed(seed);
        Scenario scenario = preset(id).withRuntime(runtime);
        RunOptions options = RunOptions.defaults().withLimits(Limits.defaults().withMaxStateChanges(MAX_EVENTS));
        List<Event> whole = events(scenario, options);
        List<Checkpoint> checkpoints = new ArrayList<>();
        long every = Math.max(20, whole.size() / 12);
        List<Event> withCheckpoints = new ArrayList<>();
        Simulator.run(scenario, options.withSink(withCheckpoints::add).withCheckpoints(every, checkpoints::add));

        assertThat(withCheckpoints).as("taking checkpoints changes nothing").isEqualTo(whole);
        assertThat(checkpoints).as("checkpoints of %d events", whole.size())
                .hasSizeGreaterThanOrEqualTo(whole.size() > 2 * every + 200 ? 2 : 0);
        for (Checkpoint c : checkpoints) {
            assertResumesAsTheRun(c, whole);
        }
    }

    @Test
    void exploring_runs_resume_too_under_both_timings_and_with_a_forced_schedule() {
        for (String id : List.of("lost-update", "dining-philosophers-deadlock", "condition-producer-consumer")) {
            for (Timing timing : Timing.values()) {
                Scenario scenario = preset(id);
                RunOptions explore = RunOptions.defaults().withExploring(true).withTiming(timing)
                        .withLimits(Limits.defaults().withMaxStateChanges(MAX_EVENTS));
                List<Integer> schedule = Simulator.run(scenario, explore).summary().schedule();
                // a witness's replay: the schedule forced, every other choice flipped where it can be
                List<Integer> forced = new ArrayList<>();
                for (int i = 0; i < schedule.size(); i++) {
                    forced.add(i % 3 == 1 ? 1 - Math.min(1, schedule.get(i)) : schedule.get(i));
                }
                RunOptions replay = explore.withSchedule(forced.subList(0, Math.min(forced.size(), 40)));
                List<Event> whole = events(scenario, replay);
                List<Checkpoint> checkpoints = new ArrayList<>();
                Simulator.run(scenario, replay.withCheckpoints(Math.max(5, whole.size() / 15), checkpoints::add));
                assertThat(checkpoints).as("%s %s", id, timing).isNotEmpty();
                for (Checkpoint c : checkpoints) {
                    assertResumesAsTheRun(c, whole);
                }
            }
        }
    }

    @Test
    void a_checkpoint_resumed_again_and_concurrently_gives_the_same_events_every_time() throws Exception {
        Scenario scenario = preset("lost-update").withRuntime(preset("lost-update").runtime()
                .withModel(Model.FREE_THREADED).withSeed(5));
        List<Event> whole = events(scenario, RunOptions.defaults());
        List<Checkpoint> checkpoints = new ArrayList<>();
        Simulator.run(scenario, RunOptions.defaults().withCheckpoints(whole.size() / 4, checkpoints::add));
        Checkpoint middle = checkpoints.get(checkpoints.size() / 2);
        List<CompletableFuture<List<Event>>> resumed = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            resumed.add(CompletableFuture.supplyAsync(() -> resume(middle)));
        }
        List<Event> expected = whole.subList((int) middle.seq(), whole.size());
        for (CompletableFuture<List<Event>> r : resumed) {
            assertThat(r.get()).isEqualTo(expected);
        }
        assertThat(resume(middle)).isEqualTo(expected);
    }

    @Test
    void a_late_checkpoint_of_a_long_run_is_as_small_as_an_early_one_the_choices_made_are_not_copied() {
        // ten thousand items through a queue under the GIL: hundreds of thousands of choices before the last checkpoint
        Scenario scenario = preset("items-threads-gil");
        List<Checkpoint> checkpoints = new ArrayList<>();
        int choices = Simulator.run(scenario, RunOptions.defaults()
                .withLimits(Limits.defaults().withMaxStateChanges(3_000_000))
                .withCheckpoints(100_000, checkpoints::add)).summary().schedule().size();
        assertThat(checkpoints).hasSizeGreaterThanOrEqualTo(25);
        long first = checkpoints.getFirst().approximateBytes();
        long last = checkpoints.getLast().approximateBytes();
        System.out.printf("items-threads-gil checkpoints: first %,d bytes, last %,d bytes (seq %,d); %,d choices%n",
                first, last, checkpoints.getLast().seq(), choices);
        // the state grows with the items queued, not with the choices made (a record of them: 9 bytes each)
        assertThat(choices).isGreaterThan(200_000);
        assertThat(last).isLessThan(128 * 1024).isLessThan(9L * choices / 10);
    }

    private static void assertResumesAsTheRun(Checkpoint c, List<Event> whole) {
        List<Event> resumed = resume(c);
        assertThat(c.seq()).isBetween(1L, (long) whole.size());
        assertThat(whole.get((int) c.seq() - 1).t()).isLessThanOrEqualTo(c.timeUs());
        if (resumed.size() != whole.size() - c.seq()) {
            fail("resumed at seq %d: %d events, the run had %d after it".formatted(c.seq(), resumed.size(),
                    whole.size() - c.seq()));
        }
        for (int i = 0; i < resumed.size(); i++) {
            Event original = whole.get((int) c.seq() + i);
            if (!resumed.get(i).equals(original)) {
                fail("resumed at seq %d: event %s, the run had %s".formatted(c.seq(), resumed.get(i), original));
            }
        }
        if (!resumed.isEmpty()) {
            assertThat(resumed.getFirst().t()).isGreaterThanOrEqualTo(c.timeUs());
        }
    }

    private static List<Event> resume(Checkpoint c) {
        List<Event> out = new ArrayList<>();
        Simulator.resume(c, out::add);
        return out;
    }

    private static List<Event> events(Scenario scenario, RunOptions options) {
        List<Event> out = new ArrayList<>();
        Simulator.run(scenario, options.withSink(out::add));
        return out;
    }
}
