package dev.threadlab.runs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last level-of-detail answers of one run, serialized, least recently used evicted first. A query
 * over a ten-million-event run costs a few hundred milliseconds; a playback that pans back, a second
 * tab, or a classroom of students watching the same run at the same width asks the same question again.
 */
final class TimelineAnswers {

    /** Bytes of answers one run keeps: a whole-run overview at 1,000 px of the 10,000-item run is ~370 KB. */
    private static final long BUDGET_BYTES = 512 * 1024;

    private record Window(long from, long to, long resolution) {
    }

    private final Map<Window, byte[]> answers = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    /** The answer for this window, computed at most once while it stays within the run's budget. */
    byte[] answer(long from, long to, long resolution, Supplier<byte[]> compute) {
        Window window = new Window(from, to, resolution);
        synchronized (answers) {
            byte[] known = answers.get(window);
            if (known != null) {
                return known;
            }
        }
        byte[] computed = compute.get();
        if (computed.length <= BUDGET_BYTES) {
            synchronized (answers) {
                keep(window, computed);
            }
        }
        return computed;
    }

    private void keep(Window window, byte[] answer) {
        byte[] replaced = answers.put(window, answer);
        bytes += answer.length - (replaced == null ? 0 : replaced.length);
        var eldest = answers.entrySet().iterator();
        while (bytes > BUDGET_BYTES && eldest.hasNext()) {
            bytes -= eldest.next().getValue().length;
            eldest.remove();
        }
    }

    /** The most memory the answers hold, for the run cache's budget (a constant, so accounting stays exact). */
    static long maxBytes() {
        return BUDGET_BYTES;
    }
}
