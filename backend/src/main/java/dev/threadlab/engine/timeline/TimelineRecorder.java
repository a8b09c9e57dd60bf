package dev.threadlab.engine.timeline;

import dev.threadlab.engine.EventSink;
import dev.threadlab.engine.event.Event;

/**
 * An {@link EventSink} that keeps, in compact primitive arrays, every thread's state segments and every process's
 * GIL-holder segments, and answers level-of-detail queries (work in progress).
 */
public final class TimelineRecorder implements EventSink {

    @Override
    public void accept(Event event) {
        // recorded in a later commit
    }

    /** Segments overlapping {@code [fromUs, toUs)}, neighbours shorter than {@code resolutionUs} merged. */
    public TimelineView query(long fromUs, long toUs, long resolutionUs) {
        return new TimelineView(fromUs, toUs, resolutionUs, java.util.List.of(), java.util.List.of());
    }
}
