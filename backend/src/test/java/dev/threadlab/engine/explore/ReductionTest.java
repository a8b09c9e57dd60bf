package dev.threadlab.engine.explore;

import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.Scenarios;
import dev.threadlab.engine.Timing;
import dev.threadlab.engine.Simulator;
import dev.threadlab.engine.model.ObjectDecl;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.ThreadDecl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.threadlab.engine.Scenarios.acquire;
import static dev.threadlab.engine.Scenarios.compute;
import static dev.threadlab.engine.Scenarios.get;
import static dev.threadlab.engine.Scenarios.increment;
import static dev.threadlab.engine.Scenarios.print;
import static dev.threadlab.engine.Scenarios.put;
import static dev.threadlab.engine.Scenarios.read;
import static dev.threadlab.engine.Scenarios.release;
import static dev.threadlab.engine.Scenarios.repeat;
import static dev.threadlab.engine.Scenarios.set;
import static dev.threadlab.engine.Scenarios.waitOn;
import static dev.threadlab.engine.Scenarios.with;
import static dev.threadlab.engine.Scenarios.write;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stateful search must never lose an outcome: on small scenarios it finds exactly the outcomes of the plain
 * enumeration of every schedule, counts the same number of schedules for each (it counts paths of its state graph),
 * runs fewer schedules, and its witnesses replay to their outcomes with no more preemptions than the enumeration's.
 */
class ReductionTest {

    static Stream<Scenario> scenarios() {
        return Stream.of(
                Scenarios.gil().integer("counter", 0).thread(ThreadDecl.of("w",
                        repeat(2, read("counter", "tmp"), compute(1), write("counter", "tmp + 1"))).withCount(2))
                        .build(),
                Scenarios.gil().integer("counter", 0).object("lock", ObjectType.LOCK).thread(ThreadDecl.of("w",
                        with("lock", read("counter", "tmp"), compute(1), write("counter", "tmp + 1"))).withCount(2))
                        .build(),
                Scenarios.gil().object("a", ObjectType.LOCK).object("b", ObjectType.LOCK)
                        .thread("t1", acquire("a"), compute(1), acquire("b"), release("b"), release("a"))
                        .thread("t2", acquire("b"), compute(1), acquire("a"), release("a"), release("b")).build(),
                Scenarios.freeThreaded().integer("counter", 0).object("go", ObjectType.EVENT)
                        .thread("main", set("go"))
                        .thread(ThreadDecl.of("w", waitOn("go"), increment("counter"), print("x")).withCount(2))
                        .build(),
                Scenarios.gil().integer("sum", 0).object(new ObjectDecl("q", ObjectType.QUEUE, null, null, 1))
                        .thread("producer", put("q", "1"), compute(1), put("q", "2"))
                        .thread(ThreadDecl.of("consumer", get("q", "x"), compute(1), read("sum", "s"),
                                write("sum", "s + x")).withCount(2)).build(),
                Scenarios.freeThreaded().integer("flag", 0).integer("x", 0)
                        .thread("waiter", new dev.threadlab.engine.model.Step.SpinUntil("flag == 1"), read("x", "v"),
                                write("x", "v + 10"))
                        .thread("setter", write("x", "1"), write("flag", "1"), write("x", "2")).build(),
                philosophers(2));
    }

    static Scenario philosophers(int n) {
        Scenarios s = Scenarios.gil();
        for (int i = 0; i < n; i++) {
            s.object("fork" + i, ObjectType.LOCK);
        }
        for (int i = 0; i < n; i++) {
            s.thread("p" + i, acquire("fork" + i), compute(1), acquire("fork" + (i + 1) % n),
                    release("fork" + (i + 1) % n), release("fork" + i));
        }
        return s.build();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void reduced_and_plain_searches_find_the_same_outcomes_and_counts(Scenario s) {
        sameOutcomesAndCounts(s, Timing.ANY);
    }

    /**
     * Partial-order reduction (any timing offers only a persistent set of the threads that could go next) must keep
     * every outcome: the same outcomes as the search that offers every thread, from no more states.
     */
    @ParameterizedTest
    @MethodSource("scenarios")
    void partial_order_reduction_keeps_every_outcome(Scenario s) {
        ExploreOptions options = ExploreOptions.defaults().withMaxSchedules(2_000_000).withMaxMillis(120_000);
        Exploration full = Explorer.explore(s, options.withRun(RunOptions.defaults().withPartialOrder(false)));
        Exploration reduced = Explorer.explore(s, options);
        assertThat(full.complete()).isTrue();
        assertThat(reduced.complete()).isTrue();
        assertThat(counts(reduced).keySet()).isEqualTo(counts(full).keySet());
        for (OutcomeClass o : full.outcomes()) {
            var r = Simulator.run(s, RunOptions.defaults().withPartialOrder(false).withExploring(true)
                    .withTiming(Timing.ANY).withSchedule(o.witness()));
            assertThat(r.summary().variables()).isEqualTo(o.variables());
        }
    }

    /** Three philosophers have too many schedules of any timing to enumerate them all; the clock's ties are few. */
    @org.junit.jupiter.api.Test
    void reduced_and_plain_searches_agree_on_three_philosophers_with_simulated_timing() {
        sameOutcomesAndCounts(philosophers(3), Timing.SIMULATED);
    }

    private static void sameOutcomesAndCounts(Scenario s, Timing timing) {
        ExploreOptions options = ExploreOptions.defaults().withTiming(timing);
        Exploration plain = Explorer.explore(s, options.withReduce(false).withMaxSchedules(1_000_000)
                .withMaxMillis(120_000));
        Exploration reduced = Explorer.explore(s, options);
        assertThat(plain.complete()).as("plain search complete (stopped by %s after %d runs)", plain.stoppedBy(),
                plain.schedules()).isTrue();
        assertThat(reduced.complete()).as("reduced search complete (stopped by %s after %d runs)",
                reduced.stoppedBy(), reduced.schedules()).isTrue();
        assertThat(counts(reduced)).isEqualTo(counts(plain));
        assertThat(reduced.schedules()).isLessThanOrEqualTo(plain.schedules());
        Map<Object, OutcomeClass> plainByKey = byKey(plain);
        for (OutcomeClass o : reduced.outcomes()) {
            var r = Simulator.run(s, RunOptions.defaults().withExploring(true).withTiming(timing).withSchedule(o.witness()));
            assertThat(r.summary().variables()).isEqualTo(o.variables());
            assertThat(r.summary().outcome()).isEqualTo(o.outcome());
            if (timing == Timing.SIMULATED) {   // any timing ranks witnesses by a bound (Explorer.replayedPreemptions)
                assertThat(o.preemptions().size()).isLessThanOrEqualTo(plainByKey.get(key(o)).preemptions().size());
            }
        }
    }

    private static Map<Object, Long> counts(Exploration e) {
        return e.outcomes().stream().collect(Collectors.toMap(ReductionTest::key, OutcomeClass::count));
    }

    private static Map<Object, OutcomeClass> byKey(Exploration e) {
        return e.outcomes().stream().collect(Collectors.toMap(ReductionTest::key, Function.identity()));
    }

    private static Object key(OutcomeClass o) {
        return List.of(o.outcome(), o.variables(), o.errors(), String.valueOf(o.deadlock()));
    }
}
