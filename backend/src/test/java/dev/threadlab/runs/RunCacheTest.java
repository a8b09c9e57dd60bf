package dev.threadlab.runs;

import dev.threadlab.engine.Timing;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.timeline.TimelineRecorder;
import dev.threadlab.lessons.Observed;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RunCacheTest {

    @Test
    void the_least_recently_used_runs_go_once_the_bytes_pass_the_budget() {
        long one = run("a", 0).sizeBytes();
        RunCache cache = new RunCache(3 * one);
        cache.put(run("a", 0));
        cache.put(run("b", 0));
        cache.put(run("c", 0));
        cache.get("a");   // touched: now the most recent
        cache.put(run("d", 0));   // over budget: b goes first

        assertThat(cache.get("b")).isEmpty();
        assertThat(cache.get("a")).isPresent();
        assertThat(cache.get("c")).isPresent();
        assertThat(cache.get("d")).isPresent();
        assertThat(cache.usedBytes()).isEqualTo(3 * one);
        assertThat(cache.counts()).isEqualTo(new RunCache.Counts(4, 1, 1, 4));
    }

    @Test
    void a_new_run_stays_even_when_it_alone_is_over_the_budget() {
        RunCache cache = new RunCache(1);
        cache.put(run("a", 0));
        cache.put(run("big", 100_000));

        assertThat(cache.get("big")).isPresent();
        assertThat(cache.get("a")).isEmpty();
        assertThat(cache.size()).isEqualTo(1);
    }

    private static StoredRun run(String id, int summaryBytes) {
        return new StoredRun(id, Scenario.of(null, List.of(), List.of(), List.of()), List.of(), new byte[summaryBytes],
                0, new Observed("completed", 0, Map.of(), Map.of(), List.of()), new EventLog(), new TimelineRecorder(),
                false, Timing.SIMULATED, new TimelineAnswers(), new RunCheckpoints());
    }
}
