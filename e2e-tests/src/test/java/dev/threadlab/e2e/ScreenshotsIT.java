package dev.threadlab.e2e;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.pages.TimelineView;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.Browsers;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pictures of the lab for the README and for a person to look at: the editor and a finished playback, each taken
 * once the page shows what the picture is meant to show.
 */
@ExtendWith(BrowserExtension.class)
class ScreenshotsIT {

    @Test
    void the_editor_and_the_playback_of_a_lesson_are_captured(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/lost-update");
        assertThat(editor.title()).isEqualTo("Lost update");
        assertThat(editor.stepCodes(0)).isNotEmpty();
        assertThat(Browsers.screenshot(browser, "editor")).exists();

        TimelineView timeline = editor.run().jumpToEnd();
        assertThat(timeline.outcome()).isEqualTo("completed");
        long last = timeline.seq();
        timeline.stepBack();
        assertThat(timeline.seq()).isEqualTo(last - 1);
        ((JavascriptExecutor) browser).executeScript("document.getElementById('run-panel').scrollIntoView()");

        assertThat(Browsers.screenshot(browser, "playback")).exists();
    }

    @Test
    void the_playback_is_readable_in_the_dark_theme(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/two-locks-deadlock").toggleTheme();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> "dark".equals(d.findElement(By.tagName("html")).getDomAttribute("theme")));

        TimelineView timeline = editor.run().jumpToEnd();
        assertThat(timeline.outcome()).isEqualTo("deadlock");
        assertThat(timeline.deadlockCycle()).hasSize(2);
        ((JavascriptExecutor) browser).executeScript("document.getElementById('run-panel').scrollIntoView()");

        assertThat(Browsers.screenshot(browser, "playback-dark")).exists();
    }
}
