package dev.threadlab.engine.timeline;

import java.util.List;

/** One process's GIL-holder segments in a window. */
public record GilLane(String process, List<GilSegment> segments) {

    public GilLane {
        segments = List.copyOf(segments);
    }
}
