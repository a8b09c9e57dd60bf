package dev.threadlab.engine.timeline;

import java.util.Arrays;

/**
 * One lane as parallel primitive arrays: segment i starts at {@code starts[i]} (µs) with value {@code values[i]} and
 * detail {@code details[i]}, and lasts until the next start (the last one until the end of the run). Several changes
 * at the same instant keep only the last.
 */
final class Track {

    private long[] starts = new long[64];
    private int[] values = new int[64];
    private int[] details = new int[64];
    private int size;

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
}
