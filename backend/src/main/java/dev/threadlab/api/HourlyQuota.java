package dev.threadlab.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * How much one client address may store in an hour: at most {@code maxItems} items and {@code maxBytes} bytes in any
 * fixed hour window that starts at its first save. Beyond, 429 with the seconds to wait. Windows of addresses that
 * went quiet are forgotten, so the map holds at most the addresses active in the last hour.
 */
public final class HourlyQuota {

    private static final long HOUR_NANOS = 3_600_000_000_000L;

    private final String what;
    private final int maxItems;
    private final long maxBytes;
    private final LongSupplier nanoTime;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long startNanos, int items, long bytes) {
    }

    /** @param what what is counted, for the refusal ("saved scenarios") */
    public HourlyQuota(String what, int maxItems, long maxBytes, LongSupplier nanoTime) {
        this.what = what;
        this.maxItems = maxItems;
        this.maxBytes = maxBytes;
        this.nanoTime = nanoTime;
    }

    /** Counts one item of {@code bytes} for {@code client}, or throws a 429 problem if that would pass the quota. */
    public void charge(String client, long bytes) {
        long now = nanoTime.getAsLong();
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> now - w.startNanos >= HOUR_NANOS);
        }
        boolean[] refused = {false};
        Window after = windows.compute(client, (key, w) -> {
            Window current = w == null || now - w.startNanos >= HOUR_NANOS ? new Window(now, 0, 0) : w;
            refused[0] = current.items + 1 > maxItems || current.bytes + bytes > maxBytes;
            return refused[0] ? current : new Window(current.startNanos, current.items + 1, current.bytes + bytes);
        });
        if (refused[0]) {
            long waitSeconds = Math.max(1, (HOUR_NANOS - (now - after.startNanos)) / 1_000_000_000L);
            throw new ProblemException(429, "Too Many Requests", "One address may store at most " + maxItems + " "
                    + what + " (" + (maxBytes >> 20) + " MiB) an hour; try again in " + waitSeconds + " s.");
        }
    }
}
