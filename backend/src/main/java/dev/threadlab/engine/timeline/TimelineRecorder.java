package dev.threadlab.engine.timeline;

import dev.threadlab.engine.EventSink;
import dev.threadlab.engine.event.Event;
import dev.threadlab.engine.event.ThreadState;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@link EventSink} that keeps, in compact primitive arrays, every thread's state segments and every process's
 * GIL-holder segments (about 16 bytes per state change), and answers level-of-detail queries: {@link #query} returns
 * the segments of a window with neighbours shorter than the resolution merged. A {@link #bounded} recorder keeps at
 * most a fixed number of segments per lane, coarsening as the run grows (the 10,000-item GIL run has some 7 million
 * state changes: 108 MB kept whole, about 7 MB bounded); the detail it no longer has ({@link #detailUs}) comes from
 * a {@link #window} recorder fed by a replay. Not thread-safe while recording; queries after the run may run
 * concurrently with each other.
 */
public final class TimelineRecorder implements EventSink {

    private static final ThreadState[] STATES = ThreadState.values();

    private final int cap;
    private final long keepFromUs;
    private final long keepToUs;

    private final Names laneIds;
    private final List<Track> lanes = new ArrayList<>();
    private final Names processIds;
    private final List<Track> gil = new ArrayList<>();
    private final Names names;
    private long endUs;

    /** Keeps every segment. */
    public TimelineRecorder() {
        this(Integer.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private TimelineRecorder(int cap, long keepFromUs, long keepToUs) {
        this.cap = cap;
        this.keepFromUs = keepFromUs;
        this.keepToUs = keepToUs;
        this.laneIds = new Names();
        this.processIds = new Names();
        this.names = new Names();
    }

    /** {@code o}'s lanes and GIL bands reduced to their last segment each ({@link #front}, {@link #windowFrom}). */
    private TimelineRecorder(TimelineRecorder o, long keepFromUs, long keepToUs) {
        this.cap = Integer.MAX_VALUE;
        this.keepFromUs = keepFromUs;
        this.keepToUs = keepToUs;
        this.laneIds = new Names(o.laneIds);
        this.processIds = new Names(o.processIds);
        this.names = new Names(o.names);
        this.endUs = o.endUs;
        for (Track t : o.lanes) {
            lanes.add(t.last());
        }
        for (Track t : o.gil) {
            gil.add(t.last());
        }
    }

    /** Keeps at most about {@code segmentsPerLane} segments per lane and GIL band, whatever the run's length. */
    public static TimelineRecorder bounded(int segmentsPerLane) {
        return new TimelineRecorder(segmentsPerLane, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** Keeps full detail of {@code [fromUs, toUs)} only: fed by a replay of the whole run, it answers that window. */
    public static TimelineRecorder window(long fromUs, long toUs) {
        return new TimelineRecorder(Integer.MAX_VALUE, fromUs, toUs);
    }

    /**
     * What every lane and GIL band is at now, and nothing before: the state a {@link #window} recorder fed with the
     * events so far holds when they all precede its window (one segment per lane, the last). Kept with a run's
     * checkpoint, it starts a window recorder there ({@link #windowFrom}) instead of at the run's start.
     */
    public TimelineRecorder front() {
        return new TimelineRecorder(this, Long.MAX_VALUE, Long.MAX_VALUE);
    }

    /**
     * A {@link #window(long, long) window} recorder that continues from this {@link #front}: fed with the run's
     * events after the front's point, it answers exactly as a window recorder fed with the whole run. The window must
     * start after every event the front has seen ({@code fromUs > endUs()}).
     */
    public TimelineRecorder windowFrom(long fromUs, long toUs) {
        if (fromUs <= endUs) {
            throw new IllegalArgumentException("a window from " + fromUs + " µs cannot continue a front at " + endUs);
        }
        return new TimelineRecorder(this, fromUs, toUs);
    }

    /**
     * A window recorder fed until its window's end only: its run ends at {@code runEndUs} (the stored run's
     * {@link #endUs}), which the later events it did not see would have said.
     */
    public void runEndsAt(long runEndUs) {
        endUs = Math.max(endUs, runEndUs);
    }

    /** Approximate bytes of a {@link #front}: its lanes' last segments and the names of what threads wait on. */
    public long frontBytes() {
        return 64 + 80L * (lanes.size() + gil.size()) + 48L * (laneIds.list().size() + processIds.list().size()
                + names.list().size());
    }

    @Override
    public void accept(Event event) {
        endUs = Math.max(endUs, event.t());
        if (event.t() >= keepToUs) {
            return;
        }
        switch (event) {
            case Event.ThreadStateChanged e -> add(lane(e.thread()), e.t(), e.state().ordinal(), name(e.on()));
            case Event.GilTaken e -> add(gilTrack(e.process()), e.t(), laneOf(e.thread()), -1);
            case Event.GilDropped e -> add(gilTrack(e.process()), e.t(), -1, -1);
            default -> { }
        }
    }

    private void add(Track track, long t, int value, int detail) {
        if (t < keepFromUs) {
            track.clear();   // everything before ends before the window: only the state at its start matters
        }
        track.add(t, value, detail);
        track.bound(cap);
    }

    /** The finest detail every lane still has (µs): a query at a finer resolution needs a {@link #window}. */
    public long detailUs() {
        long detail = 1;
        for (Track t : lanes) {
            detail = Math.max(detail, t.resolution());
        }
        for (Track t : gil) {
            detail = Math.max(detail, t.resolution());
        }
        return detail;
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
