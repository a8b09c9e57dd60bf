package dev.threadlab.e2e;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.pages.TimelineView;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The playback toolbar says what it will do, and its keys do what the key list says. */
@ExtendWith(BrowserExtension.class)
class PlaybackControlsIT {

    @Test
    void the_pause_button_reads_play_once_paused_with_the_mouse_or_with_space(WebDriver browser) {
        TimelineView timeline = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/lost-update").run()
                .waitUntilLoaded().chooseSpeed("0.25").press(Keys.HOME);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        timeline.clickPlayButton();
        wait.until(d -> timeline.playing() && timeline.playButtonLabel().contains("Pause"));
        timeline.clickPlayButton();
        wait.until(d -> !timeline.playing());
        assertThat(timeline.playButtonLabel()).contains("Play").doesNotContain("Pause");

        timeline.press(Keys.SPACE);
        wait.until(d -> timeline.playing() && timeline.playButtonLabel().contains("Pause"));
        timeline.press(Keys.SPACE);
        wait.until(d -> !timeline.playing());
        assertThat(timeline.playButtonLabel()).contains("Play").doesNotContain("Pause");
    }

    @Test
    void the_speed_keys_step_through_the_speed_list_one_at_a_time(WebDriver browser) {
        TimelineView timeline = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/lost-update").run()
                .waitUntilLoaded().chooseSpeed("10");

        List<String> shown = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            shown.add(timeline.press("[").speedShown());
        }
        for (int i = 0; i < 2; i++) {
            shown.add(timeline.press("]").speedShown());
        }

        assertThat(shown).containsExactly("4", "2", "1", "0.5", "0.25", "0.25", "0.5", "1");
    }

    @Test
    void from_a_speed_between_two_of_the_list_the_speed_keys_go_to_its_neighbours(WebDriver browser) {
        TimelineView timeline = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/lost-update").run()
                .waitUntilLoaded();

        ((JavascriptExecutor) browser).executeScript("arguments[0].setSpeed(3)", timeline.host());
        String down = timeline.press("[").speedShown();
        ((JavascriptExecutor) browser).executeScript("arguments[0].setSpeed(3)", timeline.host());
        String up = timeline.press("]").speedShown();

        assertThat(List.of(down, up)).containsExactly("2", "4");
    }
}
