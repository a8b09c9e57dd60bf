package dev.threadlab.e2e;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.pages.TimelineView;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.Browsers;
import dev.threadlab.e2e.support.LabApi;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/DESIGN.md's motivating example at full size: 10,000 items, a reader and 4 workers under the GIL. */
@ExtendWith(BrowserExtension.class)
class BigRunIT {

    static final String SEED_EXAMPLE = """
            {"schema":1,"title":"10,000 items, 4 workers, GIL","notes":"Read 0.1 s, compute 1 s, per item.",
             "runtime":{"model":"gil","cores":4,"switchIntervalMs":5,"seed":1,"policy":"random"},
             "objects":[{"id":"q","type":"Queue","maxsize":0}],
             "threads":[{"id":"reader","body":[{"op":"repeat","times":10000,"as":"i","body":[
                          {"op":"io","ms":100},{"op":"put","target":"q","value":"i"}]}]},
                        {"id":"worker","count":4,"body":[{"op":"repeat","times":2500,"body":[
                          {"op":"get","target":"q","as":"item"},{"op":"compute","ms":1000}]}]}]}""";

    @Test
    void the_seed_example_draws_a_first_frame_at_once_and_then_its_whole_run_overview(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor").applyJson(SEED_EXAMPLE);

        TimelineView timeline = editor.run();

        long firstFrame = timeline.firstFrameSinceRunPressedMs();
        System.out.println("First frame of the 10,000-item example: " + firstFrame + " ms after pressing Run ("
                + timeline.firstFrameMs() + " ms after the page had the run's id); load "
                + java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        // The 300 ms target is a performance figure, reported from here on every run, not a gate: timed
        // assertions flake on shared machines. The gate is that a first frame is drawn at all.
        assertThat(firstFrame).isBetween(0L, 10_000L);

        timeline.waitUntilLoaded();   // the whole-run overview from the level-of-detail endpoint is drawn
        assertThat(timeline.host().getDomAttribute("data-mode")).isEqualTo("lod");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('run-panel').scrollIntoView()");
        Browsers.screenshot(browser, "big-run");
    }

    @Test
    void the_ten_thousand_items_run_keeps_its_total_and_its_position_through_zoom_clicks_and_steps(WebDriver browser) {
        TimelineView timeline = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/items-threads-gil").run()
                .waitUntilLoaded().press(Keys.HOME);
        String total = timeline.clockTotal();
        long totalUs = Math.round(LabApi.get("/api/runs/" + timeline.runId()).path("elapsedMs").asDouble() * 1000);
        assertThat(total).isEqualTo("10000 s");

        // Zoomed out, the drawn window reaches past the run's end: the run does not get longer for it.
        timeline.zoomOut().zoomOut().waitForWindowReaching(totalUs + 1);
        assertThat(timeline.clockTotal()).isEqualTo(total);

        timeline.clickCanvasAt(0.7);
        long clicked = timeline.waitForPositionOtherThan(0);
        assertThat(clicked).isBetween(totalUs / 4, totalUs);
        assertThat(timeline.clockTotal()).isEqualTo(total);

        timeline.press(Keys.ARROW_RIGHT);
        long next = timeline.waitForPositionOtherThan(clicked);
        assertThat(next).isGreaterThan(clicked).isLessThan(clicked + totalUs / 100);
        assertThat(timeline.clockTotal()).isEqualTo(total);
        assertThat(eventNumber(timeline)).isGreaterThan(5000);

        timeline.press(Keys.ARROW_LEFT);
        long back = timeline.waitForPositionOtherThan(next);
        assertThat(back).isLessThanOrEqualTo(clicked).isGreaterThan(clicked - totalUs / 100);
        assertThat(timeline.clockTotal()).isEqualTo(total);
    }

    @Test
    void the_big_runs_panels_show_the_state_of_every_instant_as_the_server_computes_it(WebDriver browser) {
        TimelineView timeline = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/items-threads-gil").run()
                .waitUntilLoaded().press(Keys.HOME);
        String runId = timeline.runId();
        for (double fraction : new double[] {0.1, 0.5}) {   // of the run
            timeline.scrubTo(fraction);
            long at = timeline.waitForServerStateAtPosition();
            var state = LabApi.get("/api/runs/" + runId + "/state?at=" + at).path("queues").path("items");
            String panel = timeline.objectPanel("items");
            assertThat(panel).as("the items panel at %d us", at)
                    .contains("size " + state.path("size").asInt() + " · unfinished " + state.path("unfinished").asInt());
            state.path("head").values().forEach(item -> assertThat(panel).contains(item.asString()));
        }
        timeline.press(Keys.END);
        long end = timeline.waitForServerStateAtPosition();
        assertThat(LabApi.get("/api/runs/" + runId + "/state?at=" + end).path("outcome").asString()).isEqualTo("completed");
        assertThat(timeline.objectPanel("items")).contains("size 0").contains("empty");
    }

    private static long eventNumber(TimelineView timeline) {
        return Long.parseLong(timeline.clock().replaceFirst("^.*event ([0-9]+) of.*$", "$1"));
    }
}
