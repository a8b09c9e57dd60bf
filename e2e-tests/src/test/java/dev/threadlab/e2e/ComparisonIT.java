package dev.threadlab.e2e;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

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
}
