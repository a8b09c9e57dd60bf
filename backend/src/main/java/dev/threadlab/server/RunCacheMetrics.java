package dev.threadlab.server;

import dev.threadlab.runs.RunCache;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.cache.CacheMeterBinder;

/**
 * The run cache as Micrometer's standard cache meters, {@code cache="runs"}: {@code cache_gets_total} by
 * {@code result} (hit, miss), {@code cache_evictions_total}, {@code cache_puts_total}, {@code cache_size}, and its
 * weight in bytes ({@code cache_weight_bytes}), the names {@code CaffeineCacheMetrics} gives a cache.
 */
final class RunCacheMetrics extends CacheMeterBinder<RunCache> {

    RunCacheMetrics(RunCache cache) {
        super(cache, "runs", Tags.empty());
    }

    @Override
    protected Long size() {
        return (long) getCache().size();
    }

    @Override
    protected long hitCount() {
        return getCache().counts().hits();
    }

    @Override
    protected Long missCount() {
        return getCache().counts().misses();
    }

    @Override
    protected Long evictionCount() {
        return getCache().counts().evictions();
    }

    @Override
    protected long putCount() {
        return getCache().counts().puts();
    }

    @Override
    protected void bindImplementationSpecificMetrics(MeterRegistry registry) {
        Gauge.builder("cache.weight", getCache(), RunCache::usedBytes).tags(getTagsWithCacheName()).baseUnit("bytes")
                .description("The bytes of the runs in the cache").register(registry);
    }
}
