package dev.threadlab.e2e.explore;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.pages.TimelineView;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(BrowserExtension.class)
class ExploreIT {

    @Test
    void exploring_the_lost_update_lists_its_outcomes_graded_and_replays_a_lost_update(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/lost-update");
        ExplorePanelPage explore = ExplorePanelPage.explore(browser);

        assertThat(explore.status()).contains("every interleaving was explored");
        assertThat(explore.grades()).hasSizeGreaterThanOrEqualTo(2).contains("acceptable");
        assertThat(explore.grades().getFirst()).as("the bad outcomes are listed first").isNotEqualTo("acceptable");
        assertThat(explore.descriptions().getLast()).contains("counter = 10");

        String before = editor.currentRunId();
        explore.replay(0);
        TimelineView timeline = editor.timelineAfter(before).waitUntilPlaybackEnds();

        assertThat(timeline.finalVariables().get("counter")).isLessThan(10L);
        assertThat(editor.lessonGrade()).isEqualTo("interesting");

        String first = editor.currentRunId();
        explore.replay(explore.firstWithPreemptions());
        TimelineView preempted = editor.timelineAfter(first).waitUntilPlaybackEnds();
        assertThat(preempted.preemptionMarks()).as("the witness's preemptions are marked on the timeline")
                .isGreaterThanOrEqualTo(1);
    }
}
