package dev.threadlab.runs;

/**
 * {@code GET /api/stats}: what the runs feature holds right now, for operators and tests.
 *
 * @param runsCached          runs in the memory cache
 * @param cacheBytes          their estimated size
 * @param cacheBudgetBytes    the cache's budget
 * @param streaming           WebSocket streams in progress
 * @param slowClientsDropped  WebSocket clients dropped so far for not reading
 */
public record RunStats(int runsCached, long cacheBytes, long cacheBudgetBytes, long streaming, long slowClientsDropped) {

    public static RunStats of(RunCache cache, long budget, RunStream stream) {
        return new RunStats(cache.size(), cache.usedBytes(), budget, stream.streaming(), stream.droppedSlowClients());
    }
}
