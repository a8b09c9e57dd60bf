package dev.threadlab.e2e;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.pages.StartPage;
import dev.threadlab.e2e.support.Axe;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core finds no critical or serious violation on the lab's pages (the rooms: RoomAccessibilityIT). */
@ExtendWith(BrowserExtension.class)
class AccessibilityIT {

    @Test
    void the_library_has_no_serious_accessibility_violation(WebDriver browser) {
        StartPage.open(browser, RunningLab.baseUrl());

        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }

    @Test
    void the_editor_has_no_serious_accessibility_violation_before_and_after_a_run(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/lost-update");
        assertThat(Axe.seriousViolations(browser)).as("before a run").isEmpty();

        editor.run().jumpToEnd();
        assertThat(Axe.seriousViolations(browser)).as("after a run").isEmpty();
    }

    @Test
    void the_classroom_page_has_no_serious_accessibility_violation(WebDriver browser) {
        browser.get(RunningLab.baseUrl() + "/classroom");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("create-room")));

        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }

    @Test
    void the_keyboard_reaches_the_timeline_with_alt_t_and_with_a_skip_link(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/lost-update");
        editor.run().waitUntilLoaded();

        browser.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.ALT, "t"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "THREAD-TIMELINE".equals(activeTag(d)));

        browser.findElement(By.tagName("body")).click();
        org.openqa.selenium.WebElement skip = browser.findElement(By.id("skip-to-timeline"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].focus()", skip);
        skip.sendKeys(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "THREAD-TIMELINE".equals(activeTag(d)));
    }

    @Test
    void every_page_has_a_main_landmark_and_a_skip_link_to_it(WebDriver browser) {
        StartPage.open(browser, RunningLab.baseUrl());

        assertThat(browser.findElements(By.cssSelector("[role=main]"))).hasSize(1);
        org.openqa.selenium.WebElement skip = browser.findElement(By.id("skip-to-content"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].focus()", skip);
        skip.sendKeys(org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "main".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.activeElement.getAttribute('role')")));
    }

    private static String activeTag(WebDriver driver) {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.activeElement && document.activeElement.tagName"));
    }
}
