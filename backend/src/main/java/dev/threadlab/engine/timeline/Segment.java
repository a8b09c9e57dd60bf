package dev.threadlab.engine.timeline;

import dev.threadlab.engine.event.ThreadState;

import java.util.Map;

/**
 * A stretch of one lane. A merged segment (several state changes shorter than the resolution) carries its dominant
 * state (the one that lasted longest) and the share of each state in it (summing to 1).
 *
 * @param on     the object waited for, when not merged and the state has one, else null
 * @param shares empty unless merged
 */
public record Segment(long fromUs, long toUs, ThreadState state, String on, boolean merged,
                      Map<ThreadState, Double> shares) {

    public Segment {
        shares = Map.copyOf(shares);
    }
}
