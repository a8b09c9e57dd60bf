package dev.threadlab.rooms;

import dev.threadlab.engine.Outcome;
import dev.threadlab.engine.RunSummary;
import dev.threadlab.engine.explore.Bound;
import dev.threadlab.engine.explore.Exploration;
import dev.threadlab.engine.explore.OutcomeClass;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Grading logic against a scripted engine: what each goal means for runs and explorations. */
class GraderTest {

    private static final JsonNode SCENARIO = JsonMapper.builder().build().readTree("{\"schema\":1}");

    private static RunSummary run(Outcome outcome, double ms, Map<String, Long> vars, Map<String, Long> lost) {
        return new RunSummary(outcome, ms, 10, vars, List.of(), List.of(), null, lost, List.of());
    }

    private static OutcomeClass outcome(Outcome outcome, Map<String, Long> vars, int count, List<Integer> witness) {
        return new OutcomeClass(outcome, vars, List.of(), null, count, witness, List.of(), true);
    }

    /** An engine whose run, exploration and replays are given. */
    private record Scripted(RunSummary run, Exploration exploration, Map<List<Integer>, RunSummary> replays)
            implements ChallengeEngine {
        @Override
        public RunSummary run(JsonNode scenario) {
            return run;
        }

        @Override
        public Optional<Exploration> explore(JsonNode scenario, int maxSchedules) {
            return Optional.ofNullable(exploration);   // null: not explored, one run decides
        }

        @Override
        public RunSummary replay(JsonNode scenario, List<Integer> schedule) {
            return replays.get(schedule);
        }
    }

    @Test
    void variable_equals_fails_when_any_schedule_ends_otherwise() {
        RunSummary lucky = run(Outcome.COMPLETED, 5, Map.of("counter", 2L), Map.of());
        Exploration all = new Exploration(List.of(outcome(Outcome.COMPLETED, Map.of("counter", 2L), 4, List.of(0)),
                outcome(Outcome.COMPLETED, Map.of("counter", 1L), 2, List.of(1))), 3, 5, true, null);
        Verdict verdict = new Grader(new Scripted(lucky, all, Map.of()))
                .grade(SCENARIO, new Goal.VariableEquals("counter", 2));
        assertThat(verdict.status()).isEqualTo(Verdict.Status.FAILED);
        assertThat(verdict.explanation()).contains("counter ended as 1, not 2").contains("2 of 6 schedules");
        assertThat(verdict.method()).isEqualTo("all 6 schedules");
    }

    @Test
    void no_lost_updates_replays_each_outcome_witness() {
        Exploration all = new Exploration(List.of(outcome(Outcome.COMPLETED, Map.of("counter", 2L), 6, List.of(0))),
                2, 4, true, null);
        Map<List<Integer>, RunSummary> replays = Map.of(List.of(0),
                run(Outcome.COMPLETED, 5, Map.of("counter", 2L), Map.of()));
        Verdict verdict = new Grader(new Scripted(null, all, replays)).grade(SCENARIO, new Goal.NoLostUpdates());
        assertThat(verdict.status()).isEqualTo(Verdict.Status.PASSED);
        assertThat(verdict.explanation()).contains("every one of the 6 schedules");
    }

    @Test
    void without_a_complete_exploration_the_run_decides_and_says_so() {
        RunSummary lossy = run(Outcome.COMPLETED, 5, Map.of("counter", 1L), Map.of("counter", 1L));
        Exploration partial = new Exploration(List.of(), 5_000, 9_000, false, Bound.SCHEDULES);
        Verdict verdict = new Grader(new Scripted(lossy, partial, Map.of())).grade(SCENARIO, new Goal.NoLostUpdates());
        assertThat(verdict.status()).isEqualTo(Verdict.Status.FAILED);
        assertThat(verdict.explanation()).contains("Updates were lost: {counter=1}");
        assertThat(verdict.method()).startsWith("one run");
        Verdict noExplorer = new Grader(new Scripted(lossy, null, Map.of())).grade(SCENARIO, new Goal.NoDeadlock());
        assertThat(noExplorer.status()).isEqualTo(Verdict.Status.PASSED);
    }

    @Test
    void deadlock_in_any_schedule_fails_no_deadlock() {
        Exploration all = new Exploration(List.of(outcome(Outcome.COMPLETED, Map.of(), 3, List.of(0)),
                outcome(Outcome.DEADLOCK, Map.of(), 1, List.of(1, 1))), 3, 6, true, null);
        Verdict verdict = new Grader(new Scripted(null, all, Map.of())).grade(SCENARIO, new Goal.NoDeadlock());
        assertThat(verdict.status()).isEqualTo(Verdict.Status.FAILED);
        assertThat(verdict.explanation()).startsWith("The threads deadlocked");
    }

    @Test
    void finishes_under_uses_virtual_time_of_a_completed_run() {
        Grader fast = new Grader(new Scripted(run(Outcome.COMPLETED, 1999, Map.of(), Map.of()), null, Map.of()));
        Grader slow = new Grader(new Scripted(run(Outcome.COMPLETED, 2000, Map.of(), Map.of()), null, Map.of()));
        Grader stuck = new Grader(new Scripted(run(Outcome.DEADLOCK, 10, Map.of(), Map.of()), null, Map.of()));
        assertThat(fast.grade(SCENARIO, new Goal.FinishesUnderMs(2000)).status()).isEqualTo(Verdict.Status.PASSED);
        assertThat(slow.grade(SCENARIO, new Goal.FinishesUnderMs(2000)).status()).isEqualTo(Verdict.Status.FAILED);
        assertThat(stuck.grade(SCENARIO, new Goal.FinishesUnderMs(2000)).explanation()).contains("deadlock");
    }

    @Test
    void an_invalid_scenario_is_an_error_verdict_not_a_crash() {
        Verdict verdict = new Grader(new ChallengeEngine() {
            @Override
            public RunSummary run(JsonNode scenario) {
                throw new IllegalArgumentException("threads[0].body[0].target: no object \"lokc\"");
            }

            @Override
            public Optional<Exploration> explore(JsonNode scenario, int maxSchedules) {
                return Optional.empty();
            }

            @Override
            public RunSummary replay(JsonNode scenario, List<Integer> schedule) {
                throw new UnsupportedOperationException();
            }
        }).grade(SCENARIO, new Goal.FinishesUnderMs(10));
        assertThat(verdict.status()).isEqualTo(Verdict.Status.ERROR);
        assertThat(verdict.explanation()).contains("lokc");
    }
}
