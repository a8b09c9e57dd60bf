package dev.threadlab.json;

import dev.threadlab.engine.event.Event;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;

/**
 * Serializes events one at a time into reusable buffers: the hot path when a run of millions of events
 * is recorded or streamed. One instance per thread.
 */
public final class EventWriter {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
    private final JsonMapper mapper;

    public EventWriter(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** The event's JSON object as UTF-8 bytes. */
    public byte[] toBytes(Event event) {
        buffer.reset();
        try (JsonGenerator g = mapper.createGenerator(buffer)) {
            EventJson.write(event, g);
        }
        return buffer.toByteArray();
    }
}
