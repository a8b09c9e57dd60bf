package dev.threadlab.e2e;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.pages.TimelineView;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.Browsers;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(BrowserExtension.class)
class TimelineExportIT {

    @Test
    void the_played_timeline_downloads_as_svg_with_its_lanes_and_as_png(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/lost-update");
        TimelineView timeline = editor.run().waitUntilPlaybackEnds();
        Path downloads = Browsers.downloads(browser);

        timeline.exportSvg();
        byte[] svg = waitForDownload(browser, downloads.resolve("timeline.svg"));
        timeline.exportPng();
        byte[] png = waitForDownload(browser, downloads.resolve("timeline.png"));

        String svgText = new String(svg, StandardCharsets.UTF_8);
        assertThat(svgText).startsWith("<svg").contains("worker-1", "worker-2", "GIL");
        assertThat(png).hasSizeGreaterThan(1_000);
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    /** Waits until the browser has finished writing the file (no partial .crdownload left). */
    private static byte[] waitForDownload(WebDriver browser, Path file) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> Files.isRegularFile(file)
                && !Files.exists(file.resolveSibling(file.getFileName() + ".crdownload")) && size(file) > 0);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
