package dev.threadlab.engine.timeline;

import java.util.Arrays;

/**
 * One lane as parallel primitive arrays: segment i starts at {@code starts[i]} (µs) with value {@code values[i]} and
 * detail {@code details[i]}, and lasts until the next start (the last one until the end of the run). Several changes
 * at the same instant keep only the last.
 */
final class Track {

    private long[] starts;
    private int[] values;
    private int[] details;
    private int size;
    /** The finest detail kept (µs): stretches shorter than this were merged into their dominant value. */
    private long resolution = 1;

    Track() {
        this(64);
    }

    private Track(int capacity) {
        starts = new long[capacity];
        values = new int[capacity];
        details = new int[capacity];
    }

    void add(long t, int value, int detail) {
        if (size > 0 && starts[size - 1] == t) {
            values[size - 1] = value;
            details[size - 1] = detail;
            if (size > 1 && values[size - 2] == value && details[size - 2] == detail) {
                size--;
            }
            return;
        }
        if (size > 0 && values[size - 1] == value && details[size - 1] == detail) {
            return;
        }
        if (size == starts.length) {
            int n = size + (size >> 1);
            starts = Arrays.copyOf(starts, n);
            values = Arrays.copyOf(values, n);
            details = Arrays.copyOf(details, n);
        }
        starts[size] = t;
        values[size] = value;
        details[size] = detail;
        size++;
    }

    /** A new track holding only this one's last segment (none if empty), at full resolution. */
    Track last() {
        Track t = new Track(4);
        if (size > 0) {
            t.add(starts[size - 1], values[size - 1], details[size - 1]);
        }
        return t;
    }

    /** Forgets every segment: what came before a window of interest. */
    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    long start(int i) {
        return starts[i];
    }

    long end(int i, long runEnd) {
        return i + 1 < size ? starts[i + 1] : Math.max(runEnd, starts[i]);
    }

    int value(int i) {
        return values[i];
    }

    int detail(int i) {
        return details[i];
    }

    /** Index of the last segment starting at or before {@code t} (0 if none). */
    int segmentAt(long t) {
        int i = Arrays.binarySearch(starts, 0, size, t);
        if (i < 0) {
            i = -i - 2;
        }
        return Math.max(i, 0);
    }

    long bytes() {
        return (long) starts.length * 16;
    }

    long resolution() {
        return resolution;
    }

    /**
     * Keeps at most about {@code cap} segments: while there are more, the resolution doubles and every run of
     * neighbours spanning less than it becomes one segment with the value that lasted longest in it (the open last
     * segment is left as it is). So a lane of any length costs a bounded number of bytes; finer detail of a stored
     * run is recomputed (TimelineRecorder#window).
     */
    void bound(int cap) {
        if (size <= cap) {
            return;
        }
        coarsen();   // what came since the last time, at the resolution already reached
        while (size > cap / 2 && resolution < Long.MAX_VALUE / 4) {
            resolution *= 2;
            coarsen();
        }
        // the arrays keep their length (more than cap): shrinking them would make every later cycle grow them again
    }

    private void coarsen() {
        int out = 0;
        Durations time = new Durations();
        int i = 0;
        while (i < size - 1) {
            long groupStart = starts[i];
            int first = i;
            time.clear();
            while (i < size - 1 && starts[i + 1] - groupStart < resolution) {
                time.add(values[i], starts[i + 1] - starts[i]);
                i++;
            }
            if (i == first) {   // a segment at least as long as the resolution stays as it is
                out = put(out, groupStart, values[i], details[i]);
                i++;
                continue;
            }
            out = put(out, groupStart, time.longest(), -1);
        }
        out = put(out, starts[size - 1], values[size - 1], details[size - 1]);
        size = out;
    }

    /**
     * How long each value lasted in a group of segments, without boxing: a group has a handful of distinct values
     * (thread states, GIL holders), so a linear scan beats a map, and coarsening runs for every segment recorded.
     */
    private static final class Durations {

        private int[] values = new int[8];
        private long[] times = new long[8];
        private int count;

        void clear() {
            count = 0;
        }

        void add(int value, long time) {
            for (int k = 0; k < count; k++) {
                if (values[k] == value) {
                    times[k] += time;
                    return;
                }
            }
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
                times = Arrays.copyOf(times, count * 2);
            }
            values[count] = value;
            times[count++] = time;
        }

        /** The value that lasted longest; of equals, the first seen (as a stable maximum over insertion order). */
        int longest() {
            int best = 0;
            for (int k = 1; k < count; k++) {
                if (times[k] > times[best]) {
                    best = k;
                }
            }
            return values[best];
        }
    }

    /** Writes a segment at {@code out} (never ahead of the reading position), merging it into an equal predecessor. */
    private int put(int out, long start, int value, int detail) {
        if (out > 0 && values[out - 1] == value && details[out - 1] == detail) {
            return out;
        }
        starts[out] = start;
        values[out] = value;
        details[out] = detail;
        return out + 1;
    }
}
