package dev.threadlab.engine.timeline;

import dev.threadlab.engine.event.ThreadState;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Clips a {@link Track} to a window and merges runs of segments shorter than the resolution into one segment that
 * carries its dominant value and (for thread lanes) the share of each state. Segments at least as long as the
 * resolution are returned as they are, so the output has at most about {@code (to - from) / resolution} merged
 * segments plus the long ones.
 */
final class LaneMerger {

    private LaneMerger() {
    }

    static List<Segment> threadSegments(Track track, long from, long to, long res, long runEnd, List<String> names) {
        List<Segment> out = new ArrayList<>();
        long[] acc = new long[ThreadState.values().length];
        long mStart = -1;
        long mEnd = -1;
        int mCount = 0;
        int last = -1;
        for (int i = track.size() == 0 ? 0 : track.segmentAt(from); i < track.size() && track.start(i) < to; i++) {
            long s = Math.max(from, track.start(i));
            long e = Math.min(to, track.end(i, runEnd));
            if (e <= s && !(e == s && s == runEnd)) {
                continue;
            }
            if (e - s >= res) {
                flush(out, acc, mStart, mEnd, mCount, last, track, names);
                mStart = -1;
                mCount = 0;
                out.add(pure(track, i, s, e, names));
                continue;
            }
            if (mStart < 0) {
                mStart = s;
                java.util.Arrays.fill(acc, 0);
            }
            acc[track.value(i)] += e - s;
            mEnd = e;
            mCount++;
            last = i;
            if (mEnd - mStart >= res) {
                flush(out, acc, mStart, mEnd, mCount, last, track, names);
                mStart = -1;
                mCount = 0;
            }
        }
        flush(out, acc, mStart, mEnd, mCount, last, track, names);
        return out;
    }

    private static Segment pure(Track track, int i, long s, long e, List<String> names) {
        int d = track.detail(i);
        return new Segment(s, e, TimelineRecorder.state(track.value(i)), d < 0 ? null : names.get(d), false, Map.of());
    }

    private static void flush(List<Segment> out, long[] acc, long start, long end, int count, int last, Track track,
                              List<String> names) {
        if (start < 0 || count == 0) {
            return;
        }
        if (count == 1) {
            out.add(pure(track, last, start, end, names));
            return;
        }
        long total = Math.max(1, end - start);
        Map<ThreadState, Double> shares = new EnumMap<>(ThreadState.class);
        int dominant = 0;
        for (int k = 0; k < acc.length; k++) {
            if (acc[k] > 0) {
                shares.put(TimelineRecorder.state(k), acc[k] / (double) total);
            }
            if (acc[k] > acc[dominant]) {
                dominant = k;
            }
        }
        out.add(new Segment(start, end, TimelineRecorder.state(dominant), null, true, shares));
    }

    static List<GilSegment> gilSegments(Track track, long from, long to, long res, long runEnd, List<String> lanes) {
        List<GilSegment> out = new ArrayList<>();
        GilAccumulator acc = new GilAccumulator(lanes);
        for (int i = track.size() == 0 ? 0 : track.segmentAt(from); i < track.size() && track.start(i) < to; i++) {
            long s = Math.max(from, track.start(i));
            long e = Math.min(to, track.end(i, runEnd));
            if (e <= s) {
                continue;
            }
            if (e - s >= res) {
                acc.flush(out);
                int h = track.value(i);
                out.add(new GilSegment(s, e, h < 0 ? null : lanes.get(h), false, 0));
            } else {
                acc.add(s, e, track.value(i));
                if (acc.length() >= res) {
                    acc.flush(out);
                }
            }
        }
        acc.flush(out);
        return out;
    }
}
