package dev.threadlab.e2e.explore;

import dev.threadlab.e2e.support.Click;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/**
 * The "Explore all interleavings" button, its timing switch and its table of outcomes, as a learner uses them. The
 * status line carries the timing the exploration used ({@code data-timing}) and whether it finished
 * ({@code data-complete}); each row carries its outcome's grade, kind, preemptions and whether the simulated timing
 * reaches it.
 */
final class ExplorePanelPage {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final WebDriver driver;

    private ExplorePanelPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Presses "Explore all interleavings" and waits for the outcomes (explored with any timing, the default). */
    static ExplorePanelPage explore(WebDriver driver) {
        Click.on(driver, By.id("explore"));
        return new ExplorePanelPage(driver).explored("any");
    }

    /** Ticks "only what the simulated clock allows" and waits for the outcomes of that exploration. */
    ExplorePanelPage onlyWhatTheSimulatedClockAllows() {
        Click.on(driver, By.id("explore-simulated-only"));
        return explored("simulated");
    }

    private ExplorePanelPage explored(String timing) {
        new WebDriverWait(driver, PATIENCE).until(d -> {
            WebElement status = d.findElement(By.id("explore-status"));
            return timing.equals(status.getDomAttribute("data-timing")) && status.getDomAttribute("data-complete") != null
                    && !d.findElements(By.id("outcome-0")).isEmpty();
        });
        return this;
    }

    String status() {
        return driver.findElement(By.id("explore-status")).getText();
    }

    /** The column headings of the table of outcomes. */
    List<String> columns() {
        return driver.findElements(By.cssSelector("#explore-outcomes th")).stream().map(WebElement::getText).toList();
    }

    List<String> grades() {
        return rows().stream().map(r -> r.getDomAttribute("data-grade")).toList();
    }

    /** The kind of each outcome: completed, deadlock, error, limit. */
    List<String> outcomes() {
        return rows().stream().map(r -> r.getDomAttribute("data-outcome")).toList();
    }

    List<String> descriptions() {
        return rows().stream().map(WebElement::getText).toList();
    }

    /** The row of the first outcome of kind {@code outcome}. */
    int indexOf(String outcome) {
        int index = outcomes().indexOf(outcome);
        if (index < 0) {
            throw new AssertionError("no " + outcome + " outcome among " + outcomes());
        }
        return index;
    }

    /** The "How often" cell of row {@code index}, e.g. "1,234 schedules". */
    String howOften(int index) {
        return row(index).findElement(By.cssSelector("td.numeric")).getText();
    }

    /** The timing badge of row {@code index}: "happens with ordinary timing" or "needs unusual timing". */
    String timingBadge(int index) {
        return row(index).findElement(By.cssSelector(".timing-badge")).getText();
    }

    /** Whether the simulated timing reaches row {@code index}'s outcome, as the row says. */
    boolean seenWithSimulatedTiming(int index) {
        return Boolean.parseBoolean(row(index).getDomAttribute("data-seen-with-simulated-timing"));
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

    /** Scrolls the panel to the top of the window, to look at it. */
    ExplorePanelPage scrolledIntoView() {
        ((JavascriptExecutor) driver).executeScript("document.getElementById('explore-panel').scrollIntoView()");
        return this;
    }

    private WebElement row(int index) {
        return driver.findElement(By.id("outcome-" + index));
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#explore-outcomes .explore-outcome"));
    }
}
