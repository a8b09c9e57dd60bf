package dev.threadlab.e2e;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.pages.StartPage;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The library's order, lesson notes, navigation, the icon, and honest answers for ids that name nothing. */
@ExtendWith(BrowserExtension.class)
class LibraryAndDetailsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void the_library_lists_its_sections_in_numeric_order(WebDriver browser) {
        List<Integer> numbers = StartPage.open(browser, RunningLab.baseUrl()).sections().stream()
                .filter(s -> s.matches("^\\d+\\..*")).map(s -> Integer.valueOf(s.replaceFirst("\\..*$", ""))).toList();

        assertThat(numbers).hasSizeGreaterThan(10).isSorted();
    }

    @Test
    void code_in_lesson_notes_is_shown_whole_inside_the_lesson_panel(WebDriver browser) {
        EditorPage.open(browser, RunningLab.baseUrl(), "/editor/dining-philosophers-deadlock");

        List<?> cut = (List<?>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                const panel = document.getElementById('lesson-panel').getBoundingClientRect();
                return [...document.querySelectorAll('#lesson-notes .notes-code')]
                  .filter(pre => pre.scrollWidth > pre.clientWidth + 1 || pre.getBoundingClientRect().right > panel.right + 1)
                  .map(pre => pre.textContent.slice(0, 40) + ' (' + getComputedStyle(pre).whiteSpace + ', '
                    + pre.scrollWidth + ' > ' + pre.clientWidth + ', right ' + pre.getBoundingClientRect().right
                    + ' > ' + panel.right + ')');""");
        assertThat(browser.findElements(By.cssSelector("#lesson-notes .notes-code"))).isNotEmpty();
        assertThat(cut).isEmpty();
    }

    @Test
    void the_api_link_is_an_item_of_the_side_navigation(WebDriver browser) {
        EditorPage.open(browser, RunningLab.baseUrl(), "/editor/lost-update");

        assertThat(browser.findElements(By.cssSelector("#main-nav #api-link"))).hasSize(1);
        Object href = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.getElementById('api-link').shadowRoot.querySelector('a').href");
        assertThat(href).isEqualTo(RunningLab.baseUrl() + "/api/openapi.json");
    }

    @Test
    void the_lab_has_an_icon(WebDriver browser) {
        HttpResponse<byte[]> icon = get("/favicon.ico");

        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body()).hasSizeGreaterThan(100);
    }

    @Test
    void ids_that_name_nothing_answer_404_with_a_friendly_page(WebDriver browser) {
        for (String path : List.of("/s/doesnotexist", "/editor/no-such-lesson", "/room/ZZZZ-ZZZZ", "/room/not-a-code")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(get("/editor/lost-update").statusCode()).isEqualTo(200);

        browser.get(RunningLab.baseUrl() + "/s/doesnotexist");
        assertThat(new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("editor-error"))).getText())
                .contains("cannot be opened");
        browser.get(RunningLab.baseUrl() + "/room/ZZZZ-ZZZZ");
        assertThat(new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("room-error"))).getText())
                .contains("There is no room");
    }

    private static HttpResponse<byte[]> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(RunningLab.baseUrl() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
