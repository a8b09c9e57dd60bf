package dev.threadlab.e2e;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.pages.TimelineView;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(BrowserExtension.class)
class DeadlockIT {

    @Test
    void two_locks_taken_in_opposite_orders_draw_their_wait_for_cycle(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/two-locks-deadlock");

        TimelineView timeline = editor.run().jumpToEnd();

        assertThat(timeline.outcome()).isEqualTo("deadlock");
        assertThat(timeline.deadlockCycle()).containsExactlyInAnyOrder(
                "a waits for y held by b", "b waits for x held by a");
        assertThat(editor.runStatus()).startsWith("Deadlock");
        assertThat(editor.lessonGrade()).isEqualTo("interesting");
    }
}
