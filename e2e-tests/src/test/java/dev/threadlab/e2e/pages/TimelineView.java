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

    /** The play button's visible label ("▶ Play" or "❚❚ Pause"). */
    public String playButtonLabel() {
        return shadow().findElement(By.cssSelector("#play")).getText().trim();
    }

    public TimelineView clickPlayButton() {
        press("#play");
        return this;
    }

    public boolean playing() {
        return "true".equals(host.getDomAttribute("data-playing"));
    }

    /** The speed the speed list shows, e.g. {@code "0.5"}. */
    public String speedShown() {
        return shadow().findElement(By.cssSelector("#speed")).getDomProperty("value");
    }

    /** Picks a speed in the speed list with the mouse, as a person does. */
    public TimelineView chooseSpeed(String value) {
        new org.openqa.selenium.support.ui.Select(shadow().findElement(By.cssSelector("#speed"))).selectByValue(value);
        return this;
    }

    public TimelineView zoomOut() {
        press("#zoom-out");
        return this;
    }

    /** Clicks the drawing at {@code fraction} of its width (0 = left edge), as a person jumps to a moment. */
    public TimelineView clickCanvasAt(double fraction) {
        WebElement canvas = shadow().findElement(By.cssSelector(".canvas-wrap canvas"));
        int width = canvas.getRect().getWidth();
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(canvas, (int) Math.round((fraction - 0.5) * width), 0).click().perform();
        return this;
    }

    /** The clock as shown: {@code "position / total · event n of N"}. */
    public String clock() {
        return shadow().findElement(By.cssSelector("#clock")).getText().replaceAll("\\s+", " ").trim();
    }

    /** The run's total time as the clock shows it, e.g. {@code "10000 s"}. */
    public String clockTotal() {
        return clock().replaceFirst("^[^/]*/ ", "").replaceFirst(" ·.*$", "");
    }

    public long positionUs() {
        return Long.parseLong(host.getDomAttribute("data-position-us"));
    }

    /** Waits until the playback position differs from {@code us}, and returns it. */
    public long waitForPositionOtherThan(long us) {
        return wait.until(d -> {
            long now = positionUs();
            return now != us ? now : null;
        });
    }

    /** Waits until a big run's level-of-detail window reaching at least {@code us} is drawn. */
    public TimelineView waitForWindowReaching(long us) {
        wait.until(d -> {
            String to = host.getDomAttribute("data-window-to-us");
            return to != null && Long.parseLong(to) >= us;
        });
        return this;
    }

    /** The visible time window, {@code "fromUs..toUs"}. */
    public String viewWindow() {
        return host.getDomAttribute("data-view-from-us") + ".." + host.getDomAttribute("data-view-to-us");
    }

    public TimelineView waitUntilViewOtherThan(String window) {
        wait.until(d -> !viewWindow().equals(window));
        return this;
    }

    /** Turns the mouse wheel over the drawing ({@code dy} > 0: down), holding Ctrl when {@code withCtrl}. */
    public TimelineView wheelOverDrawing(int dy, boolean withCtrl) {
        WebElement canvas = shadow().findElement(By.cssSelector(".canvas-wrap canvas"));
        drawingTopAtWheel = canvas.getRect().getY();
        var actions = new org.openqa.selenium.interactions.Actions(driver);
        if (withCtrl) {
            actions.keyDown(org.openqa.selenium.Keys.CONTROL);
        }
        actions.scrollFromOrigin(org.openqa.selenium.interactions.WheelInput.ScrollOrigin.fromElement(canvas), 0, dy);
        if (withCtrl) {
            actions.keyUp(org.openqa.selenium.Keys.CONTROL);
        }
        actions.perform();
        return this;
    }

    private int drawingTopAtWheel;

    /** Waits until the drawing has moved up on the screen since the last wheel turn (the page scrolled). */
    public TimelineView waitUntilDrawingScrolledUp() {
        wait.until(d -> shadow().findElement(By.cssSelector(".canvas-wrap canvas")).getRect().getY() < drawingTopAtWheel - 100);
        return this;
    }

    public boolean controlsInView() {
        return inView(shadow().findElement(By.cssSelector("#play")));
    }

    public boolean axisStripInView() {
        return inView(shadow().findElement(By.cssSelector("#axis-strip")));
    }

    private boolean inView(WebElement element) {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const el = arguments[0]; const r = el.getBoundingClientRect();"
                        + "if (!(r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight)) return false;"
                        + "const x = r.left + r.width / 2, y = r.top + r.height / 2;"
                        + "let hit = document.elementFromPoint(x, y);"
                        + "while (hit && hit.shadowRoot) { const inner = hit.shadowRoot.elementFromPoint(x, y);"
                        + "  if (!inner || inner === hit) break; hit = inner; }"
                        + "return hit === el || el.contains(hit);", element));
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

    /**
     * Waits until the panels show the state the server answered for the current position (a big run, past the
     * events the page holds), and returns that position (µs).
     */
    public long waitForServerStateAtPosition() {
        try {
            return wait.until(d -> {
                String at = host.getDomAttribute("data-state-at-us");
                return "server".equals(host.getDomAttribute("data-state-from")) && at != null
                       && Long.parseLong(at) == positionUs() ? positionUs() : null;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the panels' state: from " + host.getDomAttribute("data-state-from") + " at "
                    + host.getDomAttribute("data-state-at-us") + " us, position " + positionUs() + " us, seq "
                    + host.getDomAttribute("data-seq") + ", mode " + host.getDomAttribute("data-mode"), e);
        }
    }

    public List<String> deadlockCycle() {
        wait.until(d -> !shadow().findElements(By.cssSelector("#deadlock .cycle-edge")).isEmpty());
        return shadow().findElements(By.cssSelector("#deadlock .cycle-edge")).stream().map(WebElement::getText).toList();
    }

    /**
     * Milliseconds from pressing Run ({@link EditorPage#run} notes the page's clock then) to the first frame with lanes
     * drawn: the whole path, the server's answer and the stream's first events included.
     */
    public long firstFrameSinceRunPressedMs() {
        wait.until(d -> host.getDomAttribute("data-first-frame-at") != null);
        Object pressed = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.__labRunPressedAt;");
        return Long.parseLong(host.getDomAttribute("data-first-frame-at")) - Math.round(((Number) pressed).doubleValue());
    }

    /** Moves the playback to {@code fraction} of the run with the position slider (as a drag of it would). */
    public TimelineView scrubTo(double fraction) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const scrub = arguments[0].shadowRoot.getElementById('scrub');
                scrub.value = String(Math.round(arguments[1] * 1000));
                scrub.dispatchEvent(new Event('input', { bubbles: true }));""", host, fraction);
        return this;
    }

    public String firstFrameMs() {
        wait.until(d -> host.getDomAttribute("data-first-frame-ms") != null);
        return host.getDomAttribute("data-first-frame-ms");
    }

    public WebElement host() {
        return host;
    }
}
