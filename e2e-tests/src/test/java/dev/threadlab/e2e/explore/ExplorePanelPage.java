package dev.threadlab.e2e.explore;

import dev.threadlab.e2e.support.Click;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** The "Explore all interleavings" button and its table of outcomes, as a learner uses them. */
final class ExplorePanelPage {

    private final WebDriver driver;

    private ExplorePanelPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Presses "Explore all interleavings" and waits for the outcomes. */
    static ExplorePanelPage explore(WebDriver driver) {
        Click.on(driver, By.id("explore"));
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("outcome-0")));
        return new ExplorePanelPage(driver);
    }

    String status() {
        return driver.findElement(By.id("explore-status")).getText();
    }

    List<String> grades() {
        return rows().stream().map(r -> r.getDomAttribute("data-grade")).toList();
    }

    List<String> descriptions() {
        return rows().stream().map(WebElement::getText).toList();
    }

    /** The first outcome whose witness needs the scheduler to preempt a thread (some need none: timing suffices). */
    int firstWithPreemptions() {
        List<WebElement> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            if (Integer.parseInt(rows.get(i).getDomAttribute("data-preemptions")) > 0) {
                return i;
            }
        }
        throw new AssertionError("no outcome's witness has a preemption");
    }

    /** Replays row {@code index}'s witness in the playback. */
    void replay(int index) {
        Click.on(driver, By.id("replay-outcome-" + index));
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#explore-outcomes .explore-outcome"));
    }
}
