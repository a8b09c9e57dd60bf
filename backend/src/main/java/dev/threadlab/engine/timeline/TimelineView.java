package dev.threadlab.engine.timeline;

import java.util.List;

/** The answer to {@link TimelineRecorder#query}: every lane clipped to {@code [fromUs, toUs)}. */
public record TimelineView(long fromUs, long toUs, long resolutionUs, List<Lane> lanes, List<GilLane> gil) {

    public TimelineView {
        lanes = List.copyOf(lanes);
        gil = List.copyOf(gil);
    }
}
