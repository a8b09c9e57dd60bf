package dev.threadlab.runs;

import dev.threadlab.engine.Limits;
import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.Simulator;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.timeline.TimelineRecorder;
import dev.threadlab.json.LabJson;
import dev.threadlab.json.ScenarioParser;
import dev.threadlab.presets.PresetLibrary;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many checkpoints a stored run keeps and what they cost: the 10,000-item lesson (some 10 million events) keeps
 * between 32 and 64, evenly spread, in a few megabytes; the state kept with each is the state a replay from the
 * start builds up to there.
 */
class RunCheckpointsTest {

    private static Scenario preset(String id) {
        return new ScenarioParser(Limits.defaults()).parse(PresetLibrary.fromClasspath(new LabJson(64)).find(id)
                .orElseThrow().scenario());
    }

    private static RunCheckpoints record(Scenario scenario) {
        TimelineRecorder timeline = TimelineRecorder.bounded(RunService.LANE_SEGMENTS);
        RunStateAt.Builder state = new RunStateAt.Builder(scenario, Long.MAX_VALUE);
        RunCheckpoints checkpoints = new RunCheckpoints();
        Simulator.run(scenario, RunOptions.defaults().withSink(e -> {
            timeline.accept(e);
            state.accept(e);
        }).withCheckpoints(RunCheckpoints.EVERY_EVENTS, c -> checkpoints.offer(c, state, timeline)));
        return checkpoints;
    }

    @Test
    void the_ten_thousand_item_run_keeps_between_32_and_64_checkpoints_evenly_spread_in_a_few_megabytes() {
        RunCheckpoints checkpoints = record(preset("items-threads-gil"));
        System.out.printf("items-threads-gil: %d checkpoints, %,d bytes%n", checkpoints.count(), checkpoints.bytes());
        assertThat(checkpoints.count()).isBetween(RunCheckpoints.MAX_STOPS / 2, RunCheckpoints.MAX_STOPS);
        assertThat(checkpoints.bytes()).isLessThan(RunCheckpoints.MAX_BYTES);
        List<Long> gaps = new ArrayList<>();
        long previous = 0;
        for (long seq = 0; seq < 11_000_000; seq += 10_000) {
            RunCheckpoints.Stop s = checkpoints.atOrBeforeSeq(seq);
            if (s != null && s.checkpoint().seq() != previous) {
                gaps.add(s.checkpoint().seq() - previous);
                previous = s.checkpoint().seq();
            }
        }
        assertThat(gaps).hasSize(checkpoints.count());
        // one stride: the engine offers one every EVERY_EVENTS events and the stop is the first quiescent point after
        long stride = gaps.get(1);
        assertThat(gaps.subList(1, gaps.size())).allSatisfy(g -> assertThat(g).isBetween(stride - 50, stride + 50));
    }

    @Test
    void the_state_kept_with_each_checkpoint_is_the_state_a_replay_from_the_start_builds_up_to_it() {
        Scenario scenario = preset("condition-producer-consumer");
        RunCheckpoints checkpoints = new RunCheckpoints();
        RunStateAt.Builder live = new RunStateAt.Builder(scenario, Long.MAX_VALUE);
        TimelineRecorder timeline = new TimelineRecorder();
        List<Long> seqs = new ArrayList<>();
        Simulator.run(scenario, RunOptions.defaults().withSink(live).withCheckpoints(50, c -> {
            seqs.add(c.seq());
            checkpoints.offer(c, live, timeline);
        }));
        assertThat(checkpoints.count()).isGreaterThan(3);
        for (long seq : seqs) {
            RunCheckpoints.Stop stop = checkpoints.atOrBeforeSeq(seq);
            if (stop == null || stop.checkpoint().seq() != seq) {
                continue;   // thinned out
            }
            RunStateAt.Builder replayed = new RunStateAt.Builder(scenario, Long.MAX_VALUE);
            Simulator.run(scenario, RunOptions.defaults().withSink(e -> {
                if (e.seq() < seq) {
                    replayed.accept(e);
                }
            }));
            assertThat(stop.state().build()).as("at seq %d", seq).isEqualTo(replayed.build());
        }
    }
}
