package dev.threadlab.runs;

import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * Finished runs in memory, least recently used first out once their total size passes the budget. An evicted run is
 * recomputed from its recipe when it is asked for again ({@link RunService#find}). Hand-made rather than Caffeine:
 * a run must stay in memory at least until its creator has read it (Caffeine's admission policy may refuse a large
 * new entry at once), and the budget is in bytes of runs that vary from kilobytes to a hundred megabytes.
 */
public final class RunCache {

    private final long budgetBytes;
    private final LinkedHashMap<String, StoredRun> runs = new LinkedHashMap<>(16, 0.75f, true);
    private long usedBytes;

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
        var eldest = runs.entrySet().iterator();
        while (usedBytes > budgetBytes && runs.size() > 1) {
            StoredRun victim = eldest.next().getValue();
            eldest.remove();
            usedBytes -= victim.sizeBytes();
        }
    }

    public synchronized Optional<StoredRun> get(String runId) {
        return Optional.ofNullable(runs.get(runId));
    }

    public synchronized int size() {
        return runs.size();
    }

    public synchronized long usedBytes() {
        return usedBytes;
    }
}
