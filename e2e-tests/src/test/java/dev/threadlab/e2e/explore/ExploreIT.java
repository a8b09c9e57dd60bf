package dev.threadlab.e2e.explore;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.pages.TimelineView;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.Browsers;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(BrowserExtension.class)
class ExploreIT {

    /** Two locks taken in opposite orders; b starts 110 µs after a, so the simulated clock never deadlocks them. */
    private static final String TWO_LOCKS = """
            {"schema":1,"objects":[{"id":"x","type":"Lock"},{"id":"y","type":"Lock"}],"threads":[
             {"id":"a","body":[{"op":"acquire","target":"x"},{"op":"acquire","target":"y"},
                               {"op":"release","target":"y"},{"op":"release","target":"x"}]},
             {"id":"b","body":[{"op":"acquire","target":"y"},{"op":"acquire","target":"x"},
                               {"op":"release","target":"x"},{"op":"release","target":"y"}]}]}""";

    @Test
    void exploring_the_lost_update_lists_its_outcomes_graded_and_replays_a_lost_update(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/lost-update");
        ExplorePanelPage explore = ExplorePanelPage.explore(browser);

        assertThat(explore.status()).contains("every interleaving was explored").contains("Any timing");
        assertThat(explore.columns()).containsExactly("Grade", "Outcome", "Final variables", "How often",
                "Witness preemptions", "Timing", "Witness");
        assertThat(explore.howOften(0)).as("a count and its noun, never two numbers run together")
                .matches("\\d{1,3}(,\\d{3})* schedules?");
        assertThat(explore.grades()).hasSizeGreaterThanOrEqualTo(2).contains("acceptable");
        assertThat(explore.grades().getFirst()).as("the bad outcomes are listed first").isNotEqualTo("acceptable");
        assertThat(explore.descriptions().getLast()).contains("counter = 10");

        String before = editor.currentRunId();
        explore.replay(0);
        TimelineView timeline = editor.timelineAfter(before).waitUntilPlaybackEnds();

        assertThat(timeline.finalVariables().get("counter")).isLessThan(10L);
        assertThat(editor.lessonGrade()).isEqualTo("interesting");

        String first = editor.currentRunId();
        explore.onlyWhatTheSimulatedClockAllows();
        assertThat(explore.status()).contains("Simulated timing only");
        explore.replay(explore.firstWithPreemptions());
        TimelineView preempted = editor.timelineAfter(first).waitUntilPlaybackEnds();
        assertThat(preempted.preemptionMarks()).as("the witness's preemptions are marked on the timeline")
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void two_locks_in_opposite_orders_can_deadlock_with_some_timing_though_the_simulated_clock_never_does(
            WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor").applyJson(TWO_LOCKS);
        ExplorePanelPage explore = ExplorePanelPage.explore(browser);

        assertThat(explore.status()).contains("every interleaving was explored");
        assertThat(explore.outcomes()).contains("deadlock", "completed");
        int deadlock = explore.indexOf("deadlock");
        assertThat(explore.timingBadge(deadlock)).isEqualTo(explore.seenWithSimulatedTiming(deadlock)
                ? "happens with ordinary timing" : "needs unusual timing");
        explore.scrolledIntoView();
        assertThat(Browsers.screenshot(browser, "explore-two-locks")).as("a picture of the table to look at").exists();

        String before = editor.currentRunId();
        explore.replay(deadlock);
        TimelineView replayed = editor.timelineAfter(before).jumpToEnd();
        assertThat(replayed.outcome()).isEqualTo("deadlock");
        assertThat(replayed.deadlockCycle()).containsExactlyInAnyOrder(
                "a waits for y held by b", "b waits for x held by a");

        explore.onlyWhatTheSimulatedClockAllows();
        assertThat(explore.status()).contains("Simulated timing only").contains("every interleaving was explored");
        assertThat(explore.outcomes()).contains("completed").doesNotContain("deadlock");
    }
}
