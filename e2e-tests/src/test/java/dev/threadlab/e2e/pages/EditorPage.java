package dev.threadlab.e2e.pages;

import dev.threadlab.e2e.support.Click;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** The diagram editor (/editor, /editor/{lesson}, /s/{id}) as a person uses it. */
public final class EditorPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private EditorPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("workbench")));
    }

    public static EditorPage open(WebDriver driver, String baseUrl, String path) {
        driver.get(baseUrl + path);
        return new EditorPage(driver);
    }

    /** The editor the browser shows now (after following a link). */
    public static EditorPage current(WebDriver driver) {
        return new EditorPage(driver);
    }

    public String title() {
        return driver.findElement(By.id("diagram-title")).getDomProperty("value");
    }

    public EditorPage retitle(String title) {
        type(driver.findElement(By.id("diagram-title")), title);
        wait.until(d -> title.equals(d.findElement(By.id("lesson-title")).getText()));
        return this;
    }

    /** Waits until the diagram's title starts with {@code prefix} (a draft restored, a diagram replaced). */
    public EditorPage waitForTitle(String prefix) {
        wait.until(d -> {
            String now = d.findElement(By.id("diagram-title")).getDomProperty("value");
            return now != null && now.startsWith(prefix);
        });
        return this;
    }

    /** Whether the page says that it brought back changes kept in this browser. */
    public boolean draftRestored() {
        return driver.findElement(By.id("draft-restored")).isDisplayed()
                && !driver.findElements(By.cssSelector("#draft-restored #draft-discard")).isEmpty();
    }

    public EditorPage discardDraft() {
        return clickAndSettle(By.id("draft-discard"));
    }

    public String lessonQuestion() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lesson-question"))).getText();
    }

    public String lessonNotes() {
        return driver.findElement(By.id("lesson-notes")).getText();
    }

    /** The grade the lesson gives once the playback has ended (acceptable, interesting, …). */
    public String lessonGrade() {
        return wait.until(d -> {
            String grade = d.findElement(By.id("lesson-result")).getDomAttribute("data-grade");
            return grade == null || grade.isEmpty() ? null : grade;
        });
    }

    // ---- building ----
    public EditorPage addThread() {
        return clickAndSettle(By.id("add-thread"));
    }

    public EditorPage addObject(String type) {
        return clickAndSettle(By.id("add-object-" + type.replaceAll("[^A-Za-z0-9_-]", "-")));
    }

    /** Adds a step from the palette where the selection says (inside a block, after a step, or at a lane's end). */
    public EditorPage addStep(String op) {
        return clickAndSettle(By.id("palette-" + op));
    }

    public EditorPage selectLane(int index) {
        return clickAndSettle(By.cssSelector("#lane-header-" + index));
    }

    /** Selects the block of a step by its path, e.g. {@code threads[0].body[1]}. */
    public EditorPage selectStep(String path) {
        return clickAndSettle(By.cssSelector("[data-path='" + path + "'] > .step-head"));
    }

    /** Selects a step's block from the keyboard: focus it and press {@code key}, as a keyboard user does after Tab. */
    public EditorPage selectStepWithKey(String path, CharSequence key) {
        WebElement block = driver.findElement(By.cssSelector("[data-path='" + path + "']"));
        block.sendKeys(key);
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(
                By.cssSelector("[data-path='" + path + "']")).getDomAttribute("class").contains("selected"));
        return settle();
    }

    /** The data-path of the step block that has the keyboard focus, or null. */
    public String focusedStep() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return document.activeElement && document.activeElement.getAttribute('data-path')");
    }

    /** Types a value into an inspector field ({@code field-count}, {@code field-target}, …) and commits it. */
    public EditorPage setField(String key, String value) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("field-" + key)));
        type(field, value);
        return settle();
    }

    public EditorPage inspectorAction(String id) {
        return clickAndSettle(By.id(id));
    }

    public List<String> stepCodes(int lane) {
        return driver.findElements(By.cssSelector("#lane-" + lane + " .step-code")).stream().map(WebElement::getText).toList();
    }

    /** The ops of a lane's step blocks, outer blocks before the steps inside them. */
    public List<String> stepOps(int lane) {
        return driver.findElements(By.cssSelector("#lane-" + lane + " .op-badge")).stream().map(WebElement::getText)
                .map(op -> op.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /** The validation errors shown inside the block of a step. */
    public List<String> errorsAt(String path) {
        return driver.findElements(By.cssSelector("[data-path='" + path + "'] > .block-error")).stream()
                .map(WebElement::getText).toList();
    }

    public List<String> waitForErrorsAt(String path) {
        return wait.until(d -> {
            List<String> errors = errorsAt(path);
            return errors.isEmpty() ? null : errors;
        });
    }

    public EditorPage waitForNoErrorsAt(String path) {
        wait.until(d -> errorsAt(path).isEmpty());
        return this;
    }

    /** What the validity line says of the diagram: "true", "false" or "unknown". */
    public String validity() {
        return driver.findElement(By.id("validity")).getDomAttribute("data-valid");
    }

    /** The lanes of the board that stick out of its visible part, left or right (a person cannot see all of them). */
    public List<String> lanesOutOfView() {
        WebElement board = driver.findElement(By.id("lanes-board"));
        int left = board.getRect().getX();
        int right = left + board.getSize().getWidth();
        return driver.findElements(By.cssSelector("#lanes-board .lane")).stream()
                .filter(lane -> lane.getRect().getX() < left || lane.getRect().getX() + lane.getSize().getWidth() > right + 1)
                .map(lane -> lane.getDomAttribute("id")).toList();
    }

    /** The lane's header once it shows {@code text} (an edit reaches the server when its field is left). */
    public String laneHeaderOnceItShows(int lane, String text) {
        return wait.until(d -> {
            String header = d.findElement(By.id("lane-header-" + lane)).getText();
            return header.contains(text) ? header : null;
        });
    }

    public int signalCount() {
        return Integer.parseInt(driver.findElement(By.tagName("signal-arrows")).getDomAttribute("data-count"));
    }

    // ---- run, share, compare ----
    public TimelineView run() {
        String before = currentRunId();
        // the page's clock when Run is pressed, for the time to the first frame (TimelineView#firstFrameSinceRunPressedMs)
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                document.getElementById('run').addEventListener('click',
                  () => { window.__labRunPressedAt = performance.now(); }, { capture: true, once: true });""");
        clickAndSettle(By.id("run"));
        return timelineAfter(before);
    }

    /** The id of the run the timeline shows now ("" before any run). */
    public String currentRunId() {
        String id = driver.findElement(By.id("timeline")).getDomProperty("runId");
        return id == null ? "" : id;
    }

    /** The timeline once it shows a run other than {@code before} (after Run, the explorer's replay, a shared link). */
    public TimelineView timelineAfter(String before) {
        wait.until(d -> {
            String now = d.findElement(By.id("timeline")).getDomProperty("runId");
            return now != null && !now.isEmpty() && !now.equals(before);
        });
        return new TimelineView(driver, driver.findElement(By.id("timeline")));
    }

    /** The account of the run, once it is computed (a run is shown while it is being computed). */
    public String runStatus() {
        wait.until(d -> !"computing".equals(d.findElement(By.id("run-status")).getDomAttribute("data-outcome")));
        return driver.findElement(By.id("run-status")).getText();
    }

    /** Shares the diagram and returns the absolute link. */
    public String share() {
        clickAndSettle(By.id("share"));
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("share-link")));
        return link.getDomProperty("href");
    }

    public String scenarioJson() {
        Click.on(driver, By.id("tab-json"));
        WebElement area = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#json-text textarea")));
        wait.until(d -> !area.getDomProperty("value").isEmpty());
        return area.getDomProperty("value");
    }

    public String pythonScript() {
        Click.on(driver, By.id("tab-python"));
        return wait.until(d -> {
            String text = d.findElement(By.id("python-text")).getText();
            return text.isEmpty() ? null : text;
        });
    }

    /** Runs the comparison and returns the outcome shown for each of the three ways. */
    public List<String> compare() {
        clickAndSettle(By.id("tab-compare"));
        clickAndSettle(By.id("compare-run"));
        // three whole runs in one request: the 10,000-item example's take a while on a busy machine
        new WebDriverWait(driver, Duration.ofSeconds(120))
                .until(d -> d.findElements(By.cssSelector(".compare-card[data-outcome]")).size() == 3);
        return driver.findElements(By.cssSelector(".compare-card")).stream()
                .map(c -> c.getDomAttribute("id") + "=" + c.getDomAttribute("data-outcome")).toList();
    }

    /** The elapsed time (ms) the comparison's card {@code key} (gil, free-threaded, processes) reports. */
    public double compareElapsedMs(String key) {
        return Double.parseDouble(driver.findElement(By.id("compare-result-" + key)).getDomAttribute("data-elapsed-ms"));
    }

    /** What the comparison changed in the diagram to get the card {@code key}. */
    public List<String> compareChanges(String key) {
        return driver.findElements(By.cssSelector("#compare-result-" + key + " .compare-change")).stream()
                .map(WebElement::getText).toList();
    }

    /** Replaces the diagram by a scenario typed into the JSON tab. */
    public EditorPage applyJson(String json) {
        Click.on(driver, By.id("tab-json"));
        WebElement area = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#json-text textarea")));
        paste(area, json);
        clickAndSettle(By.id("json-apply"));
        Click.on(driver, By.id("tab-diagram"));
        return settle();
    }

    // ---- Import Python ----
    /** Opens "Import Python", pastes {@code program} into it and imports it; the panel says what it made of it. */
    public EditorPage importPython(String program) {
        if (driver.findElements(By.id("import-panel")).stream().noneMatch(WebElement::isDisplayed)) {
            clickAndSettle(By.id("import-python"));
        }
        WebElement area = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#import-source textarea")));
        paste(area, program);
        return clickAndSettle(By.id("import-run"));
    }

    /** Opens "Import Python" and gives it {@code file} as a person picks or drops one; waits until it is imported. */
    public EditorPage uploadPython(java.nio.file.Path file) {
        if (driver.findElements(By.id("import-panel")).stream().noneMatch(WebElement::isDisplayed)) {
            clickAndSettle(By.id("import-python"));
        }
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload")));
        WebElement input = upload.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
        input.sendKeys(file.toAbsolutePath().toString());
        wait.until(d -> !"idle".equals(importState()));
        return settle();
    }

    /** The program in the import's text area. */
    public String importSource() {
        return driver.findElement(By.cssSelector("#import-source textarea")).getDomProperty("value");
    }

    /** What the last import did: "imported", "refused" (the program has constructs the lab cannot model), "failed". */
    public String importState() {
        return driver.findElement(By.id("import-panel")).getDomAttribute("data-state");
    }

    public String importStatus() {
        return driver.findElement(By.id("import-status")).getText();
    }

    /** The list under the program: {@code line 14:5: …} for each problem or note. */
    public List<String> importMarks() {
        return driver.findElements(By.cssSelector("#import-marks li")).stream().map(WebElement::getText).toList();
    }

    /** The lines of the pasted program shown marked, by number, each with its code and what is said there. */
    public java.util.Map<Integer, String> markedLines() {
        java.util.Map<Integer, String> marked = new java.util.LinkedHashMap<>();
        driver.findElements(By.cssSelector("#import-listing .source-line.marked")).forEach(line ->
                marked.put(Integer.parseInt(line.getDomAttribute("data-line")), line.getText()));
        return marked;
    }

    public EditorPage undoImport() {
        return clickAndSettle(By.id("import-undo"));
    }

    /** The lanes' headers (thread id, replicas, tags), left to right. */
    public List<String> laneHeaders() {
        return driver.findElements(By.cssSelector("#lanes-board .lane-header")).stream().map(WebElement::getText).toList();
    }

    /** Selects the {@code else:} label of the {@code if} at {@code path}: the palette then adds steps to its else. */
    public EditorPage selectElseOf(String path) {
        return clickAndSettle(By.cssSelector("[data-path='" + path + ".else']"));
    }

    public EditorPage toggleTheme() {
        return clickAndSettle(By.id("theme-toggle"));
    }

    public int chartBars() {
        return driver.findElements(By.cssSelector("#compare-chart .bar")).size();
    }

    // ---- helpers ----
    private EditorPage clickAndSettle(By by) {
        Click.on(driver, by);
        return settle();
    }

    /** Waits until Vaadin has answered every request the last action made. */
    private EditorPage settle() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
                        + ".every(c => !c.isActive())")));
        return this;
    }

    /** Puts {@code text} into a text area at once, as a paste does (typed, a long text would take minutes). */
    private void paste(WebElement textarea, String text) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", textarea, text);
        settle();
    }

    private void type(WebElement vaadinField, String value) {
        WebElement input = vaadinField.findElement(By.cssSelector("input, textarea"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value, Keys.TAB);
        settle();
    }
}
