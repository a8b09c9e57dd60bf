package dev.threadlab.engine.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Merges short GIL segments: the holder that held longest, and how many hand-overs happened. */
final class GilAccumulator {

    private final List<String> lanes;
    private final Map<Integer, Long> held = new HashMap<>();
    private long start = -1;
    private long end;
    private int count;

    GilAccumulator(List<String> lanes) {
        this.lanes = lanes;
    }

    void add(long s, long e, int holder) {
        if (start < 0) {
            start = s;
        }
        end = e;
        count++;
        held.merge(holder, e - s, Long::sum);
    }

    long length() {
        return start < 0 ? 0 : end - start;
    }

    void flush(List<GilSegment> out) {
        if (start < 0) {
            return;
        }
        int best = -1;
        long bestTime = -1;
        for (Map.Entry<Integer, Long> e : held.entrySet()) {
            if (e.getValue() > bestTime || (e.getValue() == bestTime && e.getKey() < best)) {
                best = e.getKey();
                bestTime = e.getValue();
            }
        }
        out.add(new GilSegment(start, end, best < 0 ? null : lanes.get(best), count > 1, count - 1));
        held.clear();
        start = -1;
        count = 0;
    }
}
