package dev.threadlab.engine.timeline;

import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.Simulator;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.ThreadDecl;
import dev.threadlab.engine.Scenarios;
import org.junit.jupiter.api.Test;

import static dev.threadlab.engine.Scenarios.compute;
import static dev.threadlab.engine.Scenarios.io;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored run keeps a bounded timeline (issue 15): its lanes coarsen as the run grows, and what it no longer holds
 * is recomputed exactly by a window recorder fed by a replay.
 */
class BoundedTimelineTest {

    /** Four threads taking turns on the GIL for about 20 s: some 16,000 hand-overs a lane. */
    private static final Scenario LONG = Scenarios.gil()
            .thread(ThreadDecl.of("w", compute(20_000), io(1)).withCount(4)).build();

    private static TimelineRecorder record(TimelineRecorder recorder) {
        Simulator.run(LONG, RunOptions.defaults().withSink(recorder));
        return recorder;
    }

    @Test
    void a_bounded_recorder_keeps_at_most_its_cap_per_lane_and_says_how_fine_its_detail_is() {
        TimelineRecorder full = record(new TimelineRecorder());
        TimelineRecorder bounded = record(TimelineRecorder.bounded(1_000));

        assertThat(full.detailUs()).isEqualTo(1);
        assertThat(bounded.detailUs()).isGreaterThan(1);
        assertThat(bounded.approximateBytes()).isLessThan(full.approximateBytes() / 4);
        assertThat(bounded.endUs()).isEqualTo(full.endUs());
        // at its own detail or coarser, the bounded lanes cover the run as the full ones do
        TimelineView whole = bounded.query(0, bounded.endUs(), bounded.detailUs());
        for (Lane lane : whole.lanes()) {
            assertThat(lane.segments().size()).isLessThanOrEqualTo(1_000);
            assertThat(lane.segments().getLast().toUs()).isEqualTo(bounded.endUs());
            for (int i = 1; i < lane.segments().size(); i++) {
                assertThat(lane.segments().get(i).fromUs()).isEqualTo(lane.segments().get(i - 1).toUs());
            }
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(30)
    void bounding_again_and_again_keeps_the_resolution_as_coarse_as_needed_only() {
        // a small cap is reached hundreds of times in this run: the resolution must not double at every one
        TimelineRecorder bounded = record(TimelineRecorder.bounded(100));
        TimelineRecorder full = record(new TimelineRecorder());
        assertThat(bounded.detailUs()).isPositive().isLessThan(full.endUs());
        for (Lane lane : bounded.query(0, bounded.endUs(), bounded.detailUs()).lanes()) {
            assertThat(lane.segments().size()).isLessThanOrEqualTo(100);
        }
    }

    @Test
    void a_window_recorder_fed_by_a_replay_has_exactly_the_full_detail_of_its_window() {
        TimelineRecorder full = record(new TimelineRecorder());
        long from = full.endUs() / 3;
        long to = from + 40_000;
        TimelineRecorder window = record(TimelineRecorder.window(from, to));

        assertThat(window.query(from, to, 1)).isEqualTo(full.query(from, to, 1));
        assertThat(window.query(from, to, 500)).isEqualTo(full.query(from, to, 500));
        assertThat(window.approximateBytes()).isLessThan(full.approximateBytes() / 10);
    }
}
