package dev.threadlab.presets.lessons;

import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.RunSummary;
import dev.threadlab.engine.Simulator;
import dev.threadlab.engine.Timing;
import dev.threadlab.engine.explore.Exploration;
import dev.threadlab.engine.explore.ExploreOptions;
import dev.threadlab.engine.explore.Explorer;
import dev.threadlab.engine.explore.OutcomeClass;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.json.SummaryJson;
import dev.threadlab.lessons.Grader;
import dev.threadlab.lessons.Lesson;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "You are the scheduler": every lesson that sets a goal can really be completed by hand. The explorer searches the
 * whole preset with the scheduler mode's choices (timing any) for an outcome whose witness, replayed as the scheduler
 * mode replays a schedule, reaches the goal; and the goal is not what the preset's own run already does (there would
 * be nothing to do).
 */
class SchedulerGoalsTest {

    private static List<String> withGoals() {
        return LessonRuns.ids().stream().filter(id -> LessonRuns.lesson(id).goal().isPresent()).toList();
    }

    @Test
    void at_least_six_lessons_set_a_scheduler_goal() {
        assertThat(withGoals()).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void every_scheduler_goal_can_be_reached_by_hand_and_asks_for_something_the_run_does_not_do() {
        for (String id : withGoals()) {
            Lesson.Expectation goal = LessonRuns.lesson(id).goal().orElseThrow();
            assertThat(Grader.holds(goal.when(), SummaryJson.observed(LessonRuns.summary(id))))
                    .as("%s: its own run already reaches \"%s\"", id, goal.description()).isFalse();
            Scenario scenario = LessonRuns.scenario(id);
            Exploration all = Explorer.explore(scenario, ExploreOptions.defaults().withTiming(Timing.ANY)
                    .withMaxSchedules(200_000).withMaxMillis(60_000));
            Optional<List<Integer>> witness = all.outcomes().stream().map(OutcomeClass::witness)
                    .filter(schedule -> Grader.holds(goal.when(), SummaryJson.observed(replay(scenario, schedule))))
                    .findFirst();
            assertThat(witness).as("%s: a schedule reaching \"%s\" (%d schedules explored, %s)", id,
                    goal.description(), all.schedules(), all.stoppedBy()).isPresent();
        }
    }

    private static RunSummary replay(Scenario scenario, List<Integer> schedule) {
        return Simulator.run(scenario, RunOptions.defaults().withExploring(true).withTiming(Timing.ANY)
                .withSchedule(schedule)).summary();
    }
}
