package dev.threadlab.engine.timeline;

import dev.threadlab.engine.EventSink;
import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.Simulator;
import dev.threadlab.engine.event.Event;
import dev.threadlab.engine.model.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the events of one window only — by virtual time {@code [fromUs, toUs]} or by seq {@code [fromSeq, fromSeq +
 * limit)} — at most {@code max} of them. Because runs are deterministic, full detail for any window of a finished run
 * is obtained by running the same scenario with the same schedule again into a WindowSink ({@link #detail}).
 */
public final class WindowSink implements EventSink {

    private final long fromUs;
    private final long toUs;
    private final long fromSeq;
    private final long toSeq;
    private final int max;
    private final List<Event> events = new ArrayList<>();
    private boolean truncated;

    private WindowSink(long fromUs, long toUs, long fromSeq, long toSeq, int max) {
        this.fromUs = fromUs;
        this.toUs = toUs;
        this.fromSeq = fromSeq;
        this.toSeq = toSeq;
        this.max = max;
    }

    /** Events with {@code fromUs <= t <= toUs}, at most {@code max}. */
    public static WindowSink byTime(long fromUs, long toUs, int max) {
        return new WindowSink(fromUs, toUs, 0, Long.MAX_VALUE, max);
    }

    /** Events with {@code fromSeq <= seq < fromSeq + limit}. */
    public static WindowSink bySeq(long fromSeq, int limit) {
        return new WindowSink(Long.MIN_VALUE, Long.MAX_VALUE, fromSeq, fromSeq + limit, limit);
    }

    @Override
    public void accept(Event e) {
        if (e.t() < fromUs || e.t() > toUs || e.seq() < fromSeq || e.seq() >= toSeq) {
            return;
        }
        if (events.size() < max) {
            events.add(e);
        } else {
            truncated = true;
        }
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    /** True if more events fell in the window than {@code max}. */
    public boolean truncated() {
        return truncated;
    }

    /**
     * Re-runs {@code scenario} with {@code schedule} (as recorded in its run summary; {@code exploring} as in the
     * original run) and returns the events of {@code [fromUs, toUs]}, at most {@code max}.
     */
    public static WindowSink detail(Scenario scenario, List<Integer> schedule, RunOptions replay, long fromUs,
                                    long toUs, int max) {
        WindowSink sink = byTime(fromUs, toUs, max);
        Simulator.run(scenario, replay.withSchedule(schedule).withSink(sink));
        return sink;
    }
}
