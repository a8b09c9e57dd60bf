package dev.threadlab.engine.timeline;

import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.RunResult;
import dev.threadlab.engine.Scenarios;
import dev.threadlab.engine.Simulator;
import dev.threadlab.engine.calibration.SeedExample;
import dev.threadlab.engine.event.Event;
import dev.threadlab.engine.event.ThreadState;
import dev.threadlab.engine.model.Model;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.ThreadDecl;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.threadlab.engine.Scenarios.compute;
import static dev.threadlab.engine.Scenarios.io;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TimelineRecorderTest {

    private static final Scenario TWO_CPU_THREADS = Scenarios.gil()
            .thread(ThreadDecl.of("w", compute(20), io(10)).withCount(2)).build();

    private static TimelineRecorder record(Scenario s) {
        TimelineRecorder rec = new TimelineRecorder();
        Simulator.run(s, RunOptions.defaults().withSink(rec));
        return rec;
    }

    @Test
    void at_full_resolution_segments_tile_the_window_and_follow_the_gil() {
        TimelineRecorder rec = record(TWO_CPU_THREADS);
        TimelineView v = rec.query(0, rec.endUs(), 1);
        Lane w1 = v.lanes().stream().filter(l -> l.thread().equals("w-1")).findFirst().orElseThrow();
        assertThat(w1.segments()).extracting(Segment::state).contains(ThreadState.RUNNING, ThreadState.WAITING_GIL,
                ThreadState.IO, ThreadState.TERMINATED);
        for (int i = 1; i < w1.segments().size(); i++) {
            assertThat(w1.segments().get(i).fromUs()).isEqualTo(w1.segments().get(i - 1).toUs());
        }
        assertThat(v.gil()).singleElement().satisfies(g -> assertThat(g.segments()).extracting(GilSegment::holder)
                .contains("w-1", "w-2"));
    }

    @Test
    void below_the_resolution_segments_are_merged_with_their_state_shares() {
        TimelineRecorder rec = record(TWO_CPU_THREADS);
        TimelineView v = rec.query(0, rec.endUs(), 20_000);
        Lane w1 = v.lanes().stream().filter(l -> l.thread().equals("w-1")).findFirst().orElseThrow();
        Segment merged = w1.segments().stream().filter(Segment::merged).findFirst().orElseThrow();
        assertThat(merged.shares().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(merged.shares()).containsKeys(ThreadState.RUNNING, ThreadState.WAITING_GIL);
        assertThat(v.gil().getFirst().segments()).anySatisfy(g -> assertThat(g.handovers()).isPositive());
    }

    @Test
    void the_full_seed_run_stays_small_and_answers_a_screen_wide_query_with_few_segments() {
        TimelineRecorder rec = record(SeedExample.threads(10_000, 4, Model.GIL));
        assertThat(rec.approximateBytes()).isLessThan(300L * 1024 * 1024);
        TimelineView v = rec.query(0, rec.endUs(), rec.endUs() / 1000);
        for (Lane lane : v.lanes()) {
            assertThat(lane.segments().size()).isLessThan(2100);
        }
        assertThat(v.gil().getFirst().segments().size()).isLessThan(2100);
    }

    @Test
    void a_window_sink_replays_full_detail_for_a_window() {
        Scenario s = SeedExample.threads(100, 4, Model.GIL);
        RunResult r = Simulator.run(s);
        WindowSink w = WindowSink.detail(s, r.summary().schedule(), RunOptions.defaults(), 50_000_000, 50_100_000, 10_000);
        List<Event> events = w.events();
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.t()).isBetween(50_000_000L, 50_100_000L));
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOf(Event.GilDropRequested.class));
    }
}
