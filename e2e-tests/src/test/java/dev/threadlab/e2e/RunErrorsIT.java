package dev.threadlab.e2e;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.pages.TimelineView;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(BrowserExtension.class)
class RunErrorsIT {

    @Test
    void releasing_an_unlocked_lock_shows_cpythons_message_at_its_step(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor")
                .addObject("Lock")
                .addThread()
                .addStep("release");

        TimelineView timeline = editor.run().jumpToEnd();

        assertThat(timeline.errors()).anySatisfy(e -> assertThat(e)
                .contains("RuntimeError: release unlocked lock").contains("threads[0].body[0]"));
    }

    @Test
    void the_keyboard_drives_the_playback(WebDriver browser) {
        TimelineView timeline = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/two-locks-deadlock")
                .run().waitUntilLoaded();

        timeline.press(Keys.END);
        assertThat(timeline.waitUntilPlaybackEnds().atEnd()).isTrue();
        timeline.press(Keys.HOME);
        assertThat(timeline.seq()).isEqualTo(-1);
        timeline.press(Keys.ARROW_RIGHT).press(Keys.ARROW_RIGHT);
        assertThat(timeline.seq()).isEqualTo(1);
        timeline.press(Keys.ARROW_LEFT);
        assertThat(timeline.seq()).isZero();
    }
}
