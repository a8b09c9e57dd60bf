package dev.threadlab.runs;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The serialized events a run keeps in memory, in seq order: one growable byte buffer of JSON objects
 * plus the offset where each ends. About the size of the JSON itself (≈ 60–120 bytes an event), with
 * no per-event object overhead, and slicing a page is a copy of one byte range.
 * Not thread-safe while being filled; read-only (and safe to share) once the run is stored.
 */
public final class EventLog {

    private byte[] bytes = new byte[1024];
    private int[] ends = new int[64];
    private long[] times = new long[64];
    private int count;
    private int size;

    /** Appends the next event (in seq order, so {@code t} never decreases). */
    public void append(long t, byte[] eventJson) {
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, count * 2);
            times = Arrays.copyOf(times, count * 2);
        }
        times[count] = t;
        if (size + eventJson.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + eventJson.length));
        }
        System.arraycopy(eventJson, 0, bytes, size, eventJson.length);
        size += eventJson.length;
        ends[count++] = size;
    }

    public int count() {
        return count;
    }

    /** Memory held, for the run cache's budget. */
    public long sizeBytes() {
        return bytes.length + 12L * ends.length;
    }

    /** Releases the slack of the growing buffers once the log is complete. */
    public EventLog trim() {
        bytes = Arrays.copyOf(bytes, size);
        ends = Arrays.copyOf(ends, count);
        times = Arrays.copyOf(times, count);
        return this;
    }

    /** Index of the first kept event at or after virtual time {@code t}, or {@link #count()} if none. */
    public int firstAtOrAfter(long t) {
        int low = 0;
        int high = count;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (times[mid] < t) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Virtual time of the last kept event, or -1 when none is kept. */
    public long lastTime() {
        return count == 0 ? -1 : times[count - 1];
    }

    /** Writes events [from, to) as comma-separated JSON objects (the inside of a JSON array). */
    public void writeRange(int from, int to, ByteArrayOutputStream out) {
        if (from < 0 || to > count || from > to) {
            throw new IndexOutOfBoundsException("events [" + from + ", " + to + ") of " + count);
        }
        for (int i = from; i < to; i++) {
            if (i > from) {
                out.write(',');
            }
            int start = i == 0 ? 0 : ends[i - 1];
            out.write(bytes, start, ends[i] - start);
        }
    }
}
