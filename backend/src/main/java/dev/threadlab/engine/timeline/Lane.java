package dev.threadlab.engine.timeline;

import java.util.List;

/** One thread's state segments in a window. */
public record Lane(String thread, List<Segment> segments) {

    public Lane {
        segments = List.copyOf(segments);
    }
}
