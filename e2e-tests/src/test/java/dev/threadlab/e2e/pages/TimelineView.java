package dev.threadlab.e2e.pages;

import dev.threadlab.e2e.support.Click;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code <thread-timeline>} web component: its playback position is mirrored on the host as
 * {@code data-*} attributes; its controls and panels live in its shadow root (CSS selectors only).
 */
public final class TimelineView {

    private final WebDriver driver;
    private final WebElement host;
    private final WebDriverWait wait;

    TimelineView(WebDriver driver, WebElement host) {
        this.driver = driver;
        this.host = host;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public String runId() {
        return host.getDomProperty("runId");
    }

    private SearchContext shadow() {
        return host.getShadowRoot();
    }

    public TimelineView waitUntilLoaded() {
        wait.until(d -> "true".equals(host.getDomAttribute("data-loaded")));
        return this;
    }

    /** Lets the playback run by itself until it reaches the end. */
    public TimelineView waitUntilPlaybackEnds() {
        wait.until(d -> "true".equals(host.getDomAttribute("data-at-end")));
        return this;
    }

    public TimelineView jumpToEnd() {
        waitUntilLoaded();
        press("#to-end");
        return waitUntilPlaybackEnds();
    }

    /** Clicks the timeline's PNG export. */
    public TimelineView exportPng() {
        press("#export-png");
        return this;
    }

    /** Clicks the timeline's SVG export. */
    public TimelineView exportSvg() {
        press("#export-svg");
        return this;
    }

    public TimelineView stepBack() {
        press("#step-back");
        return this;
    }

    /** Clicks a control of the shadow root. */
    private void press(String css) {
        Click.on(driver, shadow().findElement(By.cssSelector(css)));
    }

    /** Sends a key to the focused timeline, as a keyboard user does. */
    public TimelineView press(CharSequence key) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].focus()", host);
        host.sendKeys(key);
        return this;
    }

    public List<String> errors() {
        wait.until(d -> !shadow().findElements(By.cssSelector("#run-errors .error-line")).isEmpty());
        return shadow().findElements(By.cssSelector("#run-errors .error-line")).stream().map(WebElement::getText).toList();
    }

    public long seq() {
        return Long.parseLong(host.getDomAttribute("data-seq"));
    }

    /** How many preemptions of an explored witness the timeline marks (0 for an ordinary run). */
    public int preemptionMarks() {
        String marks = host.getDomAttribute("data-preemption-marks");
        return marks == null ? 0 : Integer.parseInt(marks);
    }

    public boolean atEnd() {
        return "true".equals(host.getDomAttribute("data-at-end"));
    }

    public String outcome() {
        return shadow().findElement(By.cssSelector("#summary-outcome")).getText();
    }

    /** Final values as the summary panel shows them, e.g. {@code counter → 10}. */
    public Map<String, Long> finalVariables() {
        Map<String, Long> values = new LinkedHashMap<>();
        for (WebElement v : shadow().findElements(By.cssSelector(".final-var"))) {
            values.put(v.getDomAttribute("data-variable"), Long.parseLong(v.getText().replaceFirst("^.*= ", "").trim()));
        }
        return values;
    }

    public String lostUpdatesLine() {
        return shadow().findElement(By.cssSelector("#summary-lost")).getText();
    }

    /** The value an object's panel shows at the playback position. */
    public String objectPanel(String object) {
        return shadow().findElement(By.cssSelector("[data-object='" + object + "']")).getText();
    }

    public List<String> deadlockCycle() {
        wait.until(d -> !shadow().findElements(By.cssSelector("#deadlock .cycle-edge")).isEmpty());
        return shadow().findElements(By.cssSelector("#deadlock .cycle-edge")).stream().map(WebElement::getText).toList();
    }

    public String firstFrameMs() {
        wait.until(d -> host.getDomAttribute("data-first-frame-ms") != null);
        return host.getDomAttribute("data-first-frame-ms");
    }

    public WebElement host() {
        return host;
    }
}
