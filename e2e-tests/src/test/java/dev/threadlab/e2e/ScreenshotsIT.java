package dev.threadlab.e2e;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.pages.TimelineView;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.Browsers;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** Pictures of the lab for the README and for a person to look at: the editor and a finished playback. */
@ExtendWith(BrowserExtension.class)
class ScreenshotsIT {

    @Test
    void the_editor_and_the_playback_of_a_lesson_are_captured(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/lost-update");
        assertThat(Browsers.screenshot(browser, "editor")).exists();

        TimelineView timeline = editor.run().jumpToEnd();
        timeline.stepBack();
        ((JavascriptExecutor) browser).executeScript("document.getElementById('run-panel').scrollIntoView()");

        assertThat(Browsers.screenshot(browser, "playback")).exists();
    }

    @Test
    void the_playback_is_readable_in_the_dark_theme(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/two-locks-deadlock").toggleTheme();

        editor.run().jumpToEnd();
        ((JavascriptExecutor) browser).executeScript("document.getElementById('run-panel').scrollIntoView()");

        assertThat(Browsers.screenshot(browser, "playback-dark")).exists();
    }
}
