package dev.threadlab.runs;

import dev.threadlab.engine.EventSink;
import dev.threadlab.engine.event.Event;
import dev.threadlab.engine.timeline.TimelineRecorder;
import dev.threadlab.json.EventWriter;

/**
 * What a computation does with each event: the timeline records every one; the first ones, up to {@code maxEvents}
 * and {@code maxBytes} of JSON, are also kept serialized (streams read them while the run is still computing).
 */
final class KeepingSink implements EventSink {

    private final TimelineRecorder timeline;
    private final LiveRun kept;
    private final EventWriter writer;
    private final long maxEvents;
    private final long maxBytes;
    private long events;
    private long bytes;
    private boolean keeping = true;

    KeepingSink(TimelineRecorder timeline, LiveRun kept, EventWriter writer, long maxEvents, long maxBytes) {
        this.timeline = timeline;
        this.kept = kept;
        this.writer = writer;
        this.maxEvents = maxEvents;
        this.maxBytes = maxBytes;
    }

    @Override
    public void accept(Event event) {
        timeline.accept(event);
        if (keeping) {
            byte[] json = writer.toBytes(event);
            kept.append(event.t(), json);
            events++;
            bytes += json.length;
            keeping = events < maxEvents && bytes < maxBytes;
        }
    }
}
