package dev.threadlab.json;

import dev.threadlab.engine.event.ThreadState;
import dev.threadlab.engine.timeline.GilLane;
import dev.threadlab.engine.timeline.GilSegment;
import dev.threadlab.engine.timeline.Lane;
import dev.threadlab.engine.timeline.Segment;
import dev.threadlab.engine.timeline.TimelineView;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * The level-of-detail answer, written compactly because a whole-run answer has thousands of segments:
 * <pre>
 * {"from":0,"to":11000000000,"resolution":11000000,
 *  "lanes":[{"thread":"worker-1","segments":[[0,100000,"io"],[100000,150000,"blocked","q"],
 *                                            [150000,990000,"running",null,{"running":0.7,"waiting-gil":0.3}]]}],
 *  "gil":[{"process":"main","segments":[[0,5000,"worker-1"],[5000,990000,"worker-2",412],[990000,1000000,null]]}]}
 * </pre>
 * A lane segment is {@code [fromUs, toUs, state]}, plus {@code on} (what it waits for) when there is one;
 * a merged segment (changes shorter than the resolution) is {@code [fromUs, toUs, dominantState, null,
 * {state: share}]}. A GIL segment is {@code [fromUs, toUs, holder or null]}, plus the number of hand-overs
 * when merged.
 */
public final class TimelineJson {

    private TimelineJson() {
    }

    /** Writes a {@link TimelineView} inside any answer in this form ({@code @JsonSerialize(using = ...)}). */
    public static final class Serializer extends ValueSerializer<TimelineView> {
        @Override
        public void serialize(TimelineView view, JsonGenerator g, SerializationContext context) {
            write(view, g);
        }
    }

    public static void write(TimelineView view, JsonGenerator g) {
        g.writeStartObject();
        g.writeNumberProperty("from", view.fromUs());
        g.writeNumberProperty("to", view.toUs());
        g.writeNumberProperty("resolution", view.resolutionUs());
        g.writeArrayPropertyStart("lanes");
        for (Lane lane : view.lanes()) {
            g.writeStartObject();
            g.writeStringProperty("thread", lane.thread());
            g.writeArrayPropertyStart("segments");
            lane.segments().forEach(s -> segment(s, g));
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("gil");
        for (GilLane lane : view.gil()) {
            g.writeStartObject();
            g.writeStringProperty("process", lane.process());
            g.writeArrayPropertyStart("segments");
            lane.segments().forEach(s -> gilSegment(s, g));
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void segment(Segment s, JsonGenerator g) {
        g.writeStartArray();
        g.writeNumber(s.fromUs());
        g.writeNumber(s.toUs());
        g.writeString(s.state().json());
        if (s.merged()) {
            g.writeNull();
            g.writeStartObject();
            for (ThreadState state : ThreadState.values()) {
                Double share = s.shares().get(state);
                if (share != null) {
                    g.writeNumberProperty(state.json(), Math.round(share * 1000) / 1000.0);
                }
            }
            g.writeEndObject();
        } else if (s.on() != null) {
            g.writeString(s.on());
        }
        g.writeEndArray();
    }

    private static void gilSegment(GilSegment s, JsonGenerator g) {
        g.writeStartArray();
        g.writeNumber(s.fromUs());
        g.writeNumber(s.toUs());
        if (s.holder() == null) {
            g.writeNull();
        } else {
            g.writeString(s.holder());
        }
        if (s.merged()) {
            g.writeNumber(s.handovers());
        }
        g.writeEndArray();
    }
}
