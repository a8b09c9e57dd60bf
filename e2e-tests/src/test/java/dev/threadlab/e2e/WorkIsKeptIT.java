package dev.threadlab.e2e;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** A reload, Back or Forward keeps the diagram being built and the run being played. */
@ExtendWith(BrowserExtension.class)
class WorkIsKeptIT {

    @Test
    void a_reload_keeps_the_diagram_and_plays_the_same_run_again(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/lost-update").retitle("My own race");
        String runId = editor.run().waitUntilLoaded().runId();
        assertThat(browser.getCurrentUrl()).contains("run=" + runId);

        browser.navigate().refresh();
        EditorPage reloaded = EditorPage.current(browser);

        assertThat(reloaded.timelineAfter("").runId()).isEqualTo(runId);
        assertThat(reloaded.title()).isEqualTo("My own race");
        assertThat(reloaded.draftRestored()).isTrue();
    }

    @Test
    void back_and_forward_keep_the_diagram_and_its_changes_can_be_discarded(WebDriver browser) {
        EditorPage.open(browser, RunningLab.baseUrl(), "/editor/lost-update").retitle("Kept");
        EditorPage.open(browser, RunningLab.baseUrl(), "/editor/lost-update-fixed");

        browser.navigate().back();
        EditorPage back = EditorPage.current(browser).waitForTitle("Kept");
        assertThat(back.draftRestored()).isTrue();

        back.discardDraft().waitForTitle("Lost update");
        assertThat(back.title()).isNotEqualTo("Kept");
        browser.navigate().refresh();
        assertThat(EditorPage.current(browser).waitForTitle("Lost update").title()).doesNotContain("Kept");
    }
}
