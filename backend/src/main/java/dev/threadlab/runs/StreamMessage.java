package dev.threadlab.runs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What {@code WS /ws/runs/{id}} sends (docs/DESIGN.md §4): batches of events in seq order, then the end with the
 * run summary. Both carry JSON that is already serialized, so they are written by concatenation.
 */
public sealed interface StreamMessage {

    /** {@code {"type":"events","events":[...]}}; {@code events} is the inside of the array. */
    record Events(byte[] events, long firstSeq, int count) implements StreamMessage {
    }

    /**
     * {@code {"type":"computed","summary":{...}}}: sent to a stream that followed the run while it was computed, as
     * soon as it is, before the rest of its events; a client then knows the run's size and may stop streaming.
     */
    record Computed(byte[] summary) implements StreamMessage {
    }

    /** {@code {"type":"end","summary":{...}}}. */
    record End(byte[] summary) implements StreamMessage {
    }

    static String encode(StreamMessage message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (message) {
            case Events batch -> {
                out.writeBytes("{\"type\":\"events\",\"events\":[".getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(batch.events());
                out.writeBytes("]}".getBytes(StandardCharsets.US_ASCII));
            }
            case Computed computed -> {
                out.writeBytes("{\"type\":\"computed\",\"summary\":".getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(computed.summary());
                out.write('}');
            }
            case End end -> {
                out.writeBytes("{\"type\":\"end\",\"summary\":".getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(end.summary());
                out.write('}');
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
