package dev.threadlab.e2e;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.pages.TimelineView;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Building a diagram from the visual editor alone, and seeing all of it. */
@ExtendWith(BrowserExtension.class)
class BuildingIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void a_thread_becomes_a_timer_from_its_interval_field(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor").addThread().selectLane(0)
                .setField("timer", "250");

        assertThat(editor.laneHeaderOnceItShows(0, "Timer")).contains("Timer 250 ms");
        assertThat(JSON.readTree(editor.scenarioJson()).path("threads").get(0).path("timer").path("intervalMs").asInt())
                .isEqualTo(250);
    }

    @Test
    void a_new_put_step_is_valid_the_moment_it_is_added(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor").addObject("Queue").addThread()
                .selectLane(0).addStep("put");

        assertThat(editor.stepCodes(0)).hasSize(1);
        assertThat(editor.errorsAt("threads[0].body[0]")).isEmpty();
        assertThat(editor.validity()).isEqualTo("true");
    }

    @Test
    void every_lane_of_five_philosophers_is_in_view_on_the_board(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/dining-philosophers-deadlock");

        assertThat(editor.stepCodes(4)).isNotEmpty();
        assertThat(editor.lanesOutOfView()).isEmpty();
    }

    @Test
    void with_sixty_four_threads_the_wheel_scrolls_the_page_and_the_controls_and_axis_stay_in_view(WebDriver browser) {
        TimelineView timeline = EditorPage.open(browser, RunningLab.baseUrl(), "/editor").applyJson("""
                {"schema":1,"title":"64 threads","runtime":{"model":"gil","cores":4},"objects":[],
                 "threads":[{"id":"w","count":64,"body":[{"op":"compute","ms":1}]}]}""").run().waitUntilLoaded();
        String view = timeline.viewWindow();

        timeline.wheelOverDrawing(600, false);
        timeline.waitUntilDrawingScrolledUp();
        assertThat(timeline.viewWindow()).isEqualTo(view);
        assertThat(timeline.controlsInView()).isTrue();
        assertThat(timeline.axisStripInView()).isTrue();

        timeline.wheelOverDrawing(-200, true);
        timeline.waitUntilViewOtherThan(view);
    }
}
