package dev.threadlab.runs;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;

/**
 * A run being computed, as streams see it: the events it keeps, appended as the engine makes them, so that a stream
 * opened right after {@code POST /api/runs} draws the first events within milliseconds instead of waiting for the
 * whole run. The log becomes the stored run's kept prefix when the computation ends.
 * <p>
 * One thread appends; any number read, each under this object's monitor (the log's arrays grow while being read).
 */
final class LiveRun {

    /** Wake readers every this many events, not at each one: a reader wants a batch, not an event. */
    private static final int NOTIFY_EVERY = 256;

    private final EventLog log = new EventLog();
    private boolean finished;

    synchronized void append(long t, byte[] eventJson) {
        log.append(t, eventJson);
        if (log.count() % NOTIFY_EVERY == 0) {
            notifyAll();
        }
    }

    /** The computation ended (or failed): no more events come; the kept log, trimmed. */
    synchronized EventLog finish() {
        finished = true;
        notifyAll();
        return log.trim();
    }

    /**
     * Waits until events from {@code from} on are kept (or the computation ended, or {@code maxWaitMs} passed), then
     * writes up to {@code max} of them into {@code out}, as the inside of a JSON array.
     *
     * @return how many were written; 0 when none came in time, or none will ({@link #finished})
     */
    synchronized int read(int from, int max, ByteArrayOutputStream out, long maxWaitMs) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxWaitMs);
        while (log.count() <= from && !finished) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return 0;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        int end = Math.min(log.count(), from + max);
        if (end <= from) {
            return 0;
        }
        log.writeRange(from, end, out);
        return end - from;
    }

    synchronized boolean finished() {
        return finished;
    }
}
