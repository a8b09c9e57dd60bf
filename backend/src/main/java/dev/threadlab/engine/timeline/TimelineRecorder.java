package dev.threadlab.engine.timeline;

import dev.threadlab.engine.EventSink;
import dev.threadlab.engine.event.Event;
import dev.threadlab.engine.event.ThreadState;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@link EventSink} that keeps, in compact primitive arrays, every thread's state segments and every process's
 * GIL-holder segments (about 16 bytes per state change; the full 10,000-item GIL run keeps some 4 million), and
 * answers level-of-detail queries: {@link #query} returns the segments of a window with neighbours shorter than the
 * resolution merged. Not thread-safe while recording; queries after the run may run concurrently with each other.
 */
public final class TimelineRecorder implements EventSink {

    private static final ThreadState[] STATES = ThreadState.values();

    private final Names laneIds = new Names();
    private final List<Track> lanes = new ArrayList<>();
    private final Names processIds = new Names();
    private final List<Track> gil = new ArrayList<>();
    private final Names names = new Names();
    private long endUs;

    @Override
    public void accept(Event event) {
        endUs = Math.max(endUs, event.t());
        switch (event) {
            case Event.ThreadStateChanged e -> lane(e.thread()).add(e.t(), e.state().ordinal(), name(e.on()));
            case Event.GilTaken e -> gilTrack(e.process()).add(e.t(), laneOf(e.thread()), -1);
            case Event.GilDropped e -> gilTrack(e.process()).add(e.t(), -1, -1);
            default -> { }
        }
    }

    /** End of the recorded run (µs). */
    public long endUs() {
        return endUs;
    }

    /** Approximate bytes held by the segment arrays. */
    public long approximateBytes() {
        long sum = 0;
        for (Track t : lanes) {
            sum += t.bytes();
        }
        for (Track t : gil) {
            sum += t.bytes();
        }
        return sum;
    }

    /** Segments overlapping {@code [fromUs, toUs)}, neighbours shorter than {@code resolutionUs} merged. */
    public TimelineView query(long fromUs, long toUs, long resolutionUs) {
        long res = Math.max(1, resolutionUs);
        List<Lane> outLanes = new ArrayList<>();
        for (int i = 0; i < lanes.size(); i++) {
            outLanes.add(new Lane(laneIds.list().get(i),
                    LaneMerger.threadSegments(lanes.get(i), fromUs, toUs, res, endUs, names.list())));
        }
        List<GilLane> outGil = new ArrayList<>();
        for (int p = 0; p < gil.size(); p++) {
            outGil.add(new GilLane(processIds.list().get(p),
                    LaneMerger.gilSegments(gil.get(p), fromUs, toUs, res, endUs, laneIds.list())));
        }
        return new TimelineView(fromUs, toUs, res, outLanes, outGil);
    }

    private Track lane(String thread) {
        return lanes.get(laneOf(thread));
    }

    private int laneOf(String thread) {
        int i = laneIds.of(thread);
        if (i == lanes.size()) {
            lanes.add(new Track());
        }
        return i;
    }

    private Track gilTrack(String process) {
        int i = processIds.of(process);
        if (i == gil.size()) {
            gil.add(new Track());
        }
        return gil.get(i);
    }

    private int name(String on) {
        return on == null ? -1 : names.of(on);
    }

    static ThreadState state(int ordinal) {
        return STATES[ordinal];
    }
}
