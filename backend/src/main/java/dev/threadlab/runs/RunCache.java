package dev.threadlab.runs;

import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * Finished runs in memory, least recently used first out once their total size passes the budget. An evicted run is
 * recomputed from its recipe when it is asked for again ({@link RunService#find}). Hand-made rather than Caffeine:
 * a run must stay in memory at least until its creator has read it, and Caffeine's admission policy (W-TinyLFU)
 * refuses new entries that are read less than the ones they would displace. Measured (issue 20) with Caffeine 3.2
 * weighing by bytes, 2,000 runs of 50 KB to 15 MB put into a 256 MB cache while a few popular runs are read: 940 were
 * gone right after being stored, and each would be recomputed at its creator's next request; here none is. The
 * counts (hits, misses, evictions, puts) are Micrometer's cache meters on {@code /api/metrics}.
 */
public final class RunCache {

    private final long budgetBytes;
    private final LinkedHashMap<String, StoredRun> runs = new LinkedHashMap<>(16, 0.75f, true);
    private long usedBytes;
    private long hits;
    private long misses;
    private long evictions;
    private long puts;

    public RunCache(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    /** Stores a run, evicting the least recently used ones while over budget (never the new one). */
    public synchronized void put(StoredRun run) {
        StoredRun before = runs.put(run.runId(), run);
        if (before != null) {
            usedBytes -= before.sizeBytes();
        }
        usedBytes += run.sizeBytes();
        puts++;
        var eldest = runs.entrySet().iterator();
        while (usedBytes > budgetBytes && runs.size() > 1) {
            StoredRun victim = eldest.next().getValue();
            eldest.remove();
            usedBytes -= victim.sizeBytes();
            evictions++;
        }
    }

    public synchronized Optional<StoredRun> get(String runId) {
        StoredRun run = runs.get(runId);
        if (run == null) {
            misses++;
        } else {
            hits++;
        }
        return Optional.ofNullable(run);
    }

    public synchronized int size() {
        return runs.size();
    }

    public synchronized long usedBytes() {
        return usedBytes;
    }

    /** Look-ups, evictions and stores since the start, for the cache's meters. */
    public synchronized Counts counts() {
        return new Counts(hits, misses, evictions, puts);
    }

    public record Counts(long hits, long misses, long evictions, long puts) {
    }
}
