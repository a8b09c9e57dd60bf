package dev.threadlab.e2e.reality;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.Browsers;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Reality tab in headless Chromium: a lesson run in the server's real CPython, its measured timeline drawn under
 * the lab's on one axis, the figures side by side.
 */
@ExtendWith(BrowserExtension.class)
class RealityIT {

    @Test
    void two_computing_threads_in_real_cpython_are_drawn_under_the_labs_run_with_their_gil_waits(WebDriver browser) {
        EditorPage.open(browser, RunningLab.baseUrl(), "/editor/gil-cpu-2-threads");
        RealityTabPage reality = RealityTabPage.open(browser);
        assertThat(reality.status()).startsWith("The server's Python: CPython 3.");

        reality.runInCPython();

        assertThat(reality.problem()).isEmpty();
        // main and the two workers, on both sides
        assertThat(reality.lanes("lab")).isEqualTo(3);
        assertThat(reality.lanes("cpython")).isEqualTo(3);
        // the workers took turns in CPython too: time waiting for the GIL is drawn (amber, #e0a526) on both sides
        assertThat(reality.pixelsOf("cpython", 0xe0, 0xa5, 0x26)).isGreaterThan(100);
        assertThat(reality.pixelsOf("lab", 0xe0, 0xa5, 0x26)).isGreaterThan(100);
        Map<String, String[]> figures = reality.figures();
        assertThat(figures).containsKeys("outcome", "elapsed", "speed-up over serial", "errors");
        assertThat(figures.get("outcome")).containsExactly("completed", "completed");
        assertThat(figures.get("elapsed")[1]).startsWith("4.0").endsWith(" s");
        assertThat(figures.get("elapsed")[0]).endsWith(" s");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('reality-table').scrollIntoView()");
        assertThat(Browsers.screenshot(browser, "reality")).exists();
    }
}
