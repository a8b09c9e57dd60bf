package dev.threadlab.e2e.explore;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.pages.TimelineView;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.Click;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(BrowserExtension.class)
class SchedulerIT {

    private static String status(WebDriver driver) {
        return driver.findElement(By.id("scheduler-status")).getText();
    }

    /** Waits until the status changes from {@code before}. */
    private static void settled(WebDriver driver, String before) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !status(d).equals(before));
    }

    @Test
    void the_learner_schedules_the_lost_update_by_hand_with_undo_and_shares_the_schedule(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/lost-update");
        String before = editor.currentRunId();
        Click.on(browser, By.id("scheduler"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> status(d).startsWith("Choice 1"));

        String first = status(browser);
        Click.on(browser, By.id("pick-0"));
        settled(browser, first);
        assertThat(status(browser)).startsWith("Choice 2");
        String second = status(browser);
        Click.on(browser, By.id("scheduler-undo"));
        settled(browser, second);
        assertThat(status(browser)).startsWith("Choice 1");

        boolean preempted = false;
        for (int guard = 0; guard < 200 && browser.findElements(By.id("pick-0")).size() == 1; guard++) {
            String now = status(browser);
            boolean preemption = now.contains("switch could happen");
            Click.on(browser, By.id(preemption && !preempted ? "pick-1" : "pick-0"));
            preempted |= preemption;
            settled(browser, now);
        }
        assertThat(browser.findElement(By.id("scheduler-status")).getDomAttribute("data-outcome"))
                .isEqualTo("completed");
        TimelineView played = editor.timelineAfter(before).jumpToEnd();
        Map<String, Long> variables = played.finalVariables();

        Click.on(browser, By.id("scheduler-share"));
        WebElement link = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("scheduler-share-link")));
        String url = link.getDomProperty("href");
        assertThat(url).contains("/s/").contains("?schedule=");

        browser.get(url);
        EditorPage shared = EditorPage.current(browser);
        TimelineView replayed = shared.timelineAfter("").jumpToEnd();
        assertThat(replayed.finalVariables()).isEqualTo(variables);
    }
}
