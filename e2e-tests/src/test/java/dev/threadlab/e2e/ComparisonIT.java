package dev.threadlab.e2e;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.LabApi;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(BrowserExtension.class)
class ComparisonIT {

    @Test
    void the_comparison_shows_the_gil_free_threaded_and_process_results_side_by_side(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/lost-update");

        assertThat(editor.compare()).containsExactly("compare-result-gil=completed",
                "compare-result-free-threaded=completed", "compare-result-processes=completed");
        assertThat(editor.chartBars()).isEqualTo(3);
    }

    @Test
    void processes_share_the_items_queue_as_a_multiprocessing_queue_and_finish_like_the_processes_lesson(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/items-threads-gil");

        assertThat(editor.compare()).containsExactly("compare-result-gil=completed",
                "compare-result-free-threaded=completed", "compare-result-processes=completed");
        assertThat(editor.compareChanges("processes")).anyMatch(c -> c.contains("multiprocessing.Queue"));
        assertThat(editor.compareElapsedMs("processes")).isBetween(acceptable("items-processes", "elapsedMsAtLeast"),
                acceptable("items-processes", "elapsedMsAtMost"));
        assertThat(editor.compareElapsedMs("gil")).isBetween(acceptable("items-threads-gil", "elapsedMsAtLeast"),
                acceptable("items-threads-gil", "elapsedMsAtMost"));
    }

    @Test
    void a_pool_of_four_threads_becomes_four_processes_and_finishes_like_the_processes_lesson(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/gil-cpu-4-threads");

        assertThat(editor.compare()).contains("compare-result-processes=completed");
        assertThat(editor.compareElapsedMs("processes")).isBetween(acceptable("gil-cpu-processes", "elapsedMsAtLeast"),
                acceptable("gil-cpu-processes", "elapsedMsAtMost"));
        assertThat(editor.compareElapsedMs("gil")).isBetween(acceptable("gil-cpu-4-threads", "elapsedMsAtLeast"),
                acceptable("gil-cpu-4-threads", "elapsedMsAtMost"));
    }

    /** A bound of the elapsed time the lesson itself grades acceptable (its own simulated figure). */
    private static double acceptable(String lesson, String bound) {
        for (JsonNode expect : LabApi.get("/api/presets/" + lesson).path("lesson").path("expect")) {
            if (expect.path("grade").asString().equals("acceptable")) {
                return expect.path("when").path(bound).asDouble();
            }
        }
        throw new IllegalStateException("lesson " + lesson + " grades no outcome acceptable");
    }
}
