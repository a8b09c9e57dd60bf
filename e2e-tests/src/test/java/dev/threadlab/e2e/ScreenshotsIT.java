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
        // what a person sees: the canvas is drawn dark, and its lane names light on it (not a theme attribute only)
        double background = luminance(browser, "const c = t.shadowRoot.querySelector('.canvas-wrap canvas');"
                + "return Array.from(c.getContext('2d').getImageData(2, c.height - 3, 1, 1).data);");
        double text = luminance(browser, "return getComputedStyle(t.shadowRoot.querySelector('.clock')).color"
                + ".match(/[0-9.]+/g).slice(0, 3).map(Number);");
        assertThat(background).as("canvas background luminance").isLessThan(0.25);
        assertThat(text).as("toolbar text luminance").isGreaterThan(0.6);
    }

    /** Relative luminance (0 black … 1 white) of the [r, g, b] the script returns; {@code t} is the timeline. */
    private static double luminance(WebDriver browser, String script) {
        @SuppressWarnings("unchecked")
        java.util.List<Number> rgb = (java.util.List<Number>) ((JavascriptExecutor) browser).executeScript(
                "const t = document.getElementById('timeline');" + script);
        return (0.2126 * rgb.get(0).doubleValue() + 0.7152 * rgb.get(1).doubleValue()
                + 0.0722 * rgb.get(2).doubleValue()) / 255;
    }
}
