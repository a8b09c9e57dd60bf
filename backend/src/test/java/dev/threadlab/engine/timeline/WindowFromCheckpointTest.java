package dev.threadlab.engine.timeline;

import dev.threadlab.engine.Checkpoint;
import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.Scenarios;
import dev.threadlab.engine.Simulator;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.ThreadDecl;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.threadlab.engine.Scenarios.compute;
import static dev.threadlab.engine.Scenarios.io;
import static dev.threadlab.engine.Scenarios.repeat;
import static dev.threadlab.engine.Scenarios.sleep;
import static dev.threadlab.engine.Scenarios.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A zoomed window of a long run starts from the lanes' state at the last checkpoint before it ({@link
 * TimelineRecorder#front}, {@link TimelineRecorder#windowFrom}) and stops at the window's end: it answers exactly as a
 * window recorder fed with the whole run from its start.
 */
class WindowFromCheckpointTest {

    /** Four threads on the GIL and a lock they wait on (segments with an object), some 60,000 events. */
    private static final Scenario LONG = Scenarios.gil().object("lock", ObjectType.LOCK)
            .thread(ThreadDecl.of("w", repeat(150, compute(50), with("lock", sleep(3)), io(1))).withCount(4)).build();

    private record Front(Checkpoint checkpoint, TimelineRecorder lanes) {
    }

    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    @Test
    void a_window_started_at_a_checkpoint_answers_as_one_fed_from_the_start_at_every_resolution() {
        TimelineRecorder whole = TimelineRecorder.bounded(500);
        List<Front> fronts = new ArrayList<>();
        Simulator.run(LONG, RunOptions.defaults().withSink(whole)
                .withCheckpoints(2_000, c -> fronts.add(new Front(c, whole.front()))));
        long end = whole.endUs();
        assertThat(fronts).hasSizeGreaterThan(10);
        
        int compared = 0;
        for (long from = 1; from < end; from += end / 37 + 11) {
            for (long length : new long[] {50, 3_000, 100_000}) {
                long to = from + length;
                TimelineRecorder expected = TimelineRecorder.window(from, to);
                Simulator.run(LONG, RunOptions.defaults().withSink(expected));
                TimelineRecorder actual = startedAtCheckpoint(fronts, from, to, end);
                for (long resolution : new long[] {1, 7, 250}) {
                    assertThat(actual.query(from, to, resolution)).as("[%d, %d) at %d µs", from, to, resolution)
                            .isEqualTo(expected.query(from, to, resolution));
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void a_front_cannot_start_a_window_that_begins_before_its_last_event() {
        TimelineRecorder whole = new TimelineRecorder();
        Simulator.run(LONG, RunOptions.defaults().withSink(whole).withLimits(
                dev.threadlab.engine.Limits.defaults().withMaxStateChanges(1_000)));
        assertThatThrownBy(() -> whole.front().windowFrom(whole.endUs(), whole.endUs() + 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static TimelineRecorder startedAtCheckpoint(List<Front> fronts, long from, long to, long runEnd) {
        Front start = null;
        for (Front f : fronts) {
            if (f.checkpoint().timeUs() < from) {
                start = f;
            }
        }
        TimelineRecorder window = start == null ? TimelineRecorder.window(from, to)
                : start.lanes().windowFrom(from, to);
        RunOptions stopAtTheEnd = RunOptions.defaults().withSink(e -> {
            if (e.t() >= to) {
                throw new Stop();
            }
            window.accept(e);
        });
        try {
            if (start == null) {
                Simulator.run(LONG, stopAtTheEnd);
            } else {
                Simulator.resume(start.checkpoint(), stopAtTheEnd.sink());
            }
        } catch (Stop stop) {
            // the window is complete
        }
        window.runEndsAt(runEnd);
        return window;
    }
}
