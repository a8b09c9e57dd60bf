package dev.threadlab.e2e.explore;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.Click;
import dev.threadlab.e2e.support.LabApi;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scheduler-goal lesson completed by hand: "Two locks, opposite order" deadlocks when it runs; its goal is to make
 * both threads finish. The learner edits the goal in the JSON tab (the lesson is kept there), then picks, at every
 * choice, the thread that the explorer's witness of a completed run picks, and the lab says the goal is reached.
 * While choosing, the run so far is on the timeline and the candidates are marked on their lanes.
 */
@ExtendWith(BrowserExtension.class)
class SchedulerGoalIT {

    private static String status(WebDriver driver) {
        return driver.findElement(By.id("scheduler-status")).getText();
    }

    @Test
    void the_learner_reaches_the_lessons_scheduler_goal_by_hand(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/two-locks-deadlock");
        String json = editor.scenarioJson();
        assertThat(json).contains("\"schedulerGoal\"").contains("Make both threads finish");
        editor.applyJson(json.replace("Make both threads finish", "Finish both, my way"));
        assertThat(editor.scenarioJson()).contains("Finish both, my way");

        // the explorer's witness of a completed run: the picks a person could make
        JsonNode explored = LabApi.post("/api/explore", "{\"scenario\":" + LabApi.get("/api/presets/two-locks-deadlock") + "}");
        List<Integer> picks = new ArrayList<>();
        for (JsonNode outcome : explored.path("outcomes")) {
            if ("completed".equals(outcome.path("outcome").asString()) && picks.isEmpty()) {
                outcome.path("witness").forEach(i -> picks.add(i.asInt()));
            }
        }
        assertThat(picks).isNotEmpty();

        Click.on(browser, By.id("scheduler"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(d -> status(d).startsWith("Choice 1"));
        long shownBefore = -1;
        for (int i = 0; i < picks.size(); i++) {
            String before = status(browser);
            assertThat(before).startsWith("Choice " + (i + 1));
            // the run so far, drawn up to the choice, its candidates marked on their lanes
            int buttons = browser.findElements(By.cssSelector("#scheduler-picks vaadin-button")).size();
            boolean preemption = before.contains("switch could happen");
            long shown = wait.until(d -> {
                WebElement t = d.findElement(By.id("scheduler-timeline"));
                String count = t.getDomAttribute("data-event-count");
                String wanted = t.getDomAttribute("data-events-shown");
                return "true".equals(t.getDomAttribute("data-loaded")) && count != null && count.equals(wanted)
                        && String.valueOf(preemption ? 1 : buttons).equals(t.getDomAttribute("data-candidates"))
                        ? Long.parseLong(count) : null;
            });
            assertThat(shown).isGreaterThanOrEqualTo(shownBefore);
            shownBefore = shown;
            Click.on(browser, By.id("pick-" + picks.get(i)));
            wait.until(d -> !status(d).equals(before));
        }
        assertThat(shownBefore).isPositive();
        WebElement goal = wait.until(d -> d.findElement(By.id("scheduler-goal")));
        assertThat(goal.getDomAttribute("data-reached")).isEqualTo("true");
        assertThat(goal.getText()).isEqualTo("Goal reached: Finish both, my way: schedule them so that the deadlock never happens.");
    }
}
