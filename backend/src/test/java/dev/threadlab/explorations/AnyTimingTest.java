package dev.threadlab.explorations;

import dev.threadlab.engine.Limits;
import dev.threadlab.engine.Timing;
import dev.threadlab.engine.explore.Exploration;
import dev.threadlab.engine.explore.ExploreOptions;
import dev.threadlab.engine.explore.Explorer;
import dev.threadlab.engine.explore.OutcomeClass;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.json.LabJson;
import dev.threadlab.json.ScenarioParser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five programs of issue 12, whose reachable outcomes were found with SPIN on Promela models under CPython's
 * rules: with {@code timing: any} the explorer finds exactly those; with {@code simulated} it finds only the ones
 * the simulated clock allows, and each {@code any} outcome says which kind it is.
 */
class AnyTimingTest {

    private static final ScenarioParser PARSER = new ScenarioParser(Limits.defaults());
    private static final LabJson JSON = new LabJson(64);

    static Scenario scenario(String json) {
        return PARSER.parse(JSON.parseObject(json.getBytes(StandardCharsets.UTF_8)));
    }

    static Exploration explore(String json, Timing timing) {
        Exploration e = Explorer.explore(scenario(json), ExploreOptions.defaults().withTiming(timing)
                .withMaxSchedules(2_000_000).withMaxMillis(60_000));
        assertThat(e.complete()).as("complete (stopped by %s)", e.stoppedBy()).isTrue();
        return e;
    }

    static Set<String> outcomes(Exploration e) {
        Set<String> out = new TreeSet<>();
        for (OutcomeClass o : e.outcomes()) {
            out.add(o.outcome().json() + " " + new java.util.TreeMap<>(o.variables()));
        }
        return out;
    }

    static final String TWO_LOCKS = """
            {"schema":1,"objects":[{"id":"x","type":"Lock"},{"id":"y","type":"Lock"}],"threads":[{"id":"a","body":[{"op":"acquire","target":"x"},{"op":"acquire","target":"y"},{"op":"release","target":"y"},{"op":"release","target":"x"}]},{"id":"b","body":[{"op":"acquire","target":"y"},{"op":"acquire","target":"x"},{"op":"release","target":"x"},{"op":"release","target":"y"}]}]}""";
    static final String QUEUE = """
            {"schema":1,"objects":[{"id":"q","type":"Queue","maxsize":1},{"id":"r1","type":"int","value":0},{"id":"r2","type":"int","value":0}],"threads":[{"id":"prod","body":[{"op":"put","target":"q","value":"1"},{"op":"put","target":"q","value":"2"}]},{"id":"c1","body":[{"op":"get","target":"q","as":"v"},{"op":"write","target":"r1","value":"v"}]},{"id":"c2","body":[{"op":"get","target":"q","as":"v"},{"op":"write","target":"r2","value":"v"}]}]}""";
    static final String SLEEP = """
            {"schema":1,"objects":[{"id":"x","type":"int","value":0},{"id":"y","type":"int","value":0}],"threads":[{"id":"a","body":[{"op":"compute","ms":1},{"op":"write","target":"x","value":"1"}]},{"id":"b","body":[{"op":"sleep","ms":10},{"op":"read","target":"x","as":"t"},{"op":"write","target":"y","value":"t"}]}]}""";
    static final String EVENT = """
            {"schema":1,"objects":[{"id":"ev","type":"Event"},{"id":"data","type":"int","value":0},{"id":"out","type":"int","value":0}],"threads":[{"id":"a","body":[{"op":"compute","ms":1},{"op":"write","target":"data","value":"42"},{"op":"set","target":"ev"}]},{"id":"b","body":[{"op":"wait","target":"ev","timeoutMs":100},{"op":"read","target":"data","as":"d"},{"op":"write","target":"out","value":"d"}]}]}""";
    static final String FREE_INCREMENTS = """
            {"schema":1,"objects":[{"id":"counter","type":"int","value":0}],"threads":[{"id":"worker","count":2,"body":[{"op":"repeat","times":2,"body":[{"op":"increment","target":"counter"}]}]}],"runtime":{"model":"free-threaded"}}""";

    @Test
    void two_locks_in_opposite_orders_can_deadlock_though_the_simulated_clock_never_does() {
        Exploration any = explore(TWO_LOCKS, Timing.ANY);
        assertThat(outcomes(any)).containsExactlyInAnyOrder("completed {}", "deadlock {}");
        assertThat(outcomes(explore(TWO_LOCKS, Timing.SIMULATED))).containsExactly("completed {}");
        assertThat(any.outcomes()).allSatisfy(o ->
                assertThat(o.seenWithSimulatedTiming()).isEqualTo(o.outcome().json().equals("completed")));
    }

    @Test
    void two_consumers_of_a_one_slot_queue_can_get_the_items_in_either_order() {
        assertThat(outcomes(explore(QUEUE, Timing.ANY))).containsExactlyInAnyOrder(
                "completed {r1=1, r2=2}", "completed {r1=2, r2=1}");
    }

    @Test
    void a_sleep_does_not_make_the_other_thread_finish_first() {
        assertThat(outcomes(explore(SLEEP, Timing.ANY))).containsExactlyInAnyOrder(
                "completed {x=1, y=0}", "completed {x=1, y=1}");
    }

    @Test
    void an_event_wait_with_a_timeout_can_time_out_before_a_short_computation_ends() {
        assertThat(outcomes(explore(EVENT, Timing.ANY))).containsExactlyInAnyOrder(
                "completed {data=42, out=0}", "completed {data=42, out=42}");
    }

    @Test
    void free_threaded_increments_can_lose_one_or_two_updates() {
        assertThat(outcomes(explore(FREE_INCREMENTS, Timing.ANY))).containsExactlyInAnyOrder(
                "completed {counter=2}", "completed {counter=3}", "completed {counter=4}");
    }

    @Test
    void gil_increments_lose_nothing_under_any_timing() {
        assertThat(outcomes(explore(FREE_INCREMENTS.replace("free-threaded", "gil"), Timing.ANY)))
                .containsExactly("completed {counter=4}");
    }
}
