package dev.threadlab.runs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finished runs in memory, least recently used first out once their total size passes the budget.
 * An evicted run's id is remembered (a bounded number of them) so that asking for it answers "expired,
 * re-run it" rather than "never existed".
 */
public final class RunCache {

    private static final int REMEMBERED_EXPIRED = 100_000;

    /** What is left of an evicted run: enough to tell the client how to get it back. */
    public record Expired(String runId, long seed) {
    }

    private final long budgetBytes;
    private final LinkedHashMap<String, StoredRun> runs = new LinkedHashMap<>(16, 0.75f, true);
    private final LinkedHashMap<String, Expired> expired = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Expired> eldest) {
            return size() > REMEMBERED_EXPIRED;
        }
    };
    private long usedBytes;

    public RunCache(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    /** Stores a run, evicting the least recently used ones while over budget (never the new one). */
    public synchronized void put(StoredRun run) {
        runs.put(run.runId(), run);
        usedBytes += run.sizeBytes();
        var eldest = runs.entrySet().iterator();
        while (usedBytes > budgetBytes && runs.size() > 1) {
            StoredRun victim = eldest.next().getValue();
            eldest.remove();
            usedBytes -= victim.sizeBytes();
            expired.put(victim.runId(), new Expired(victim.runId(), victim.seed()));
        }
    }

    public synchronized Optional<StoredRun> get(String runId) {
        return Optional.ofNullable(runs.get(runId));
    }

    public synchronized Optional<Expired> expired(String runId) {
        return Optional.ofNullable(expired.get(runId));
    }

    public synchronized int size() {
        return runs.size();
    }

    public synchronized long usedBytes() {
        return usedBytes;
    }
}
