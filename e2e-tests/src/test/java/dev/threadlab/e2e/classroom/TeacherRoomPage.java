package dev.threadlab.e2e.classroom;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.support.Click;

import java.time.Duration;
import java.util.List;

/**
 * {@code /room/{code}?teacher=…}: the teacher shows the room a lesson, a link or their own diagram, drives every
 * screen from the room's timeline, poses challenges and reads who needs help.
 */
final class TeacherRoomPage {

    private final WebDriver driver;
    private final WebDriverWait wait;
    final RoomTimeline timeline;

    private TeacherRoomPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.timeline = new RoomTimeline(driver);
        wait.until(d -> "true".equals(d.findElement(By.id("room-link")).getDomAttribute("data-connected")));
    }

    static TeacherRoomPage open(WebDriver driver, String teacherUrl) {
        driver.get(teacherUrl);
        return new TeacherRoomPage(driver);
    }

    WebDriverWait waiting() {
        return wait;
    }

    TeacherRoomPage waitForStudent(String name) {
        wait.until(d -> !d.findElements(By.cssSelector("#roster .member[data-name='" + name + "']")).isEmpty());
        return this;
    }

    /** Picks an item of a {@code vaadin-select} by the text it shows. */
    private void choose(String selectId, String text) {
        WebElement select = driver.findElement(By.id(selectId));
        scrollTo(select);
        select.click();
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().contains(text)).findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'nearest'}); arguments[0].click()", item);
        wait.until(d -> select.findElement(By.cssSelector("vaadin-select-value-button")).getText().contains(text));
    }

    private void scrollTo(WebElement e) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
    }

    private void press(String id) {
        WebElement b = driver.findElement(By.id(id));
        scrollTo(b);
        b.click();
    }

    /** Runs a lesson for the whole room and waits until the teacher's timeline has all of it. */
    TeacherRoomPage runLesson(String presetId) {
        String before = timeline.runId();
        choose("lesson-select", "(" + presetId + ")");
        press("run-lesson");
        wait.until(d -> !timeline.runId().isEmpty() && !timeline.runId().equals(before) && timeline.loaded());
        return this;
    }

    /** One event forward, with the timeline's own button: the room (this timeline too) moves when the server says. */
    TeacherRoomPage stepForward() {
        long before = timeline.seq();
        timeline.press("step-forward");
        wait.until(d -> timeline.seq() == before + 1);
        return this;
    }

    private String room(String attribute) {
        String value = driver.findElement(By.id("room-link")).getDomAttribute(attribute);
        return value == null ? "" : value;
    }

    /** Plays the room with the timeline's own Play button. */
    TeacherRoomPage play() {
        timeline.press("play");
        wait.until(d -> "true".equals(room("data-playing")) && "Pause".equals(timeline.playLabel()));
        return this;
    }

    TeacherRoomPage pause() {
        timeline.press("play");
        wait.until(d -> "false".equals(room("data-playing")) && "Play".equals(timeline.playLabel()));
        return this;
    }

    /** The room's speed, chosen in the timeline's own list ("100×"); {@code speed} is what the room then says. */
    TeacherRoomPage speed(String label, double speed) {
        timeline.chooseSpeed(label);
        wait.until(d -> Double.parseDouble(room("data-speed").isEmpty() ? "0" : room("data-speed")) == speed);
        return this;
    }

    /** Seeks the room by clicking the timeline's lanes at {@code fraction} of its axis. */
    TeacherRoomPage clickTimelineAt(double fraction) {
        long before = timeline.positionUs();
        timeline.clickAt(fraction);
        wait.until(d -> timeline.positionUs() != before);
        return this;
    }

    /** Poses a challenge on a lesson ({@code from}: its id) or on the diagram built here (null). */
    TeacherRoomPage pose(String presetId, String goalWords) {
        choose("challenge-scenario", presetId == null ? "Your diagram" : "(" + presetId + ")");
        choose("challenge-goal", goalWords);
        press("pose-challenge");
        wait.until(d -> d.findElement(By.id("challenge-posed")).getText().contains(goalWords));
        return this;
    }

    String posedChallenge() {
        return driver.findElement(By.id("challenge-posed")).getText();
    }

    /** Opens "Build a diagram": the lab's editor, on this page. */
    EditorPage editor() {
        WebElement details = driver.findElement(By.id("build-diagram"));
        if (details.getDomAttribute("opened") == null) {
            Click.on(driver, details.findElement(By.cssSelector("vaadin-details-summary")));
        }
        return EditorPage.current(driver);
    }

    /** Runs the diagram built here for the room and waits until this timeline has all of it. */
    TeacherRoomPage sendDiagram() {
        String before = timeline.runId();
        Click.on(driver, By.id("send-diagram"));
        wait.until(d -> !timeline.runId().isEmpty() && !timeline.runId().equals(before) && timeline.loaded());
        return this;
    }

    /** Runs what a shared link shows for the room. */
    TeacherRoomPage sendLink(String url) {
        String before = timeline.runId();
        WebElement field = driver.findElement(By.cssSelector("#shared-link input"));
        scrollTo(field);
        field.clear();
        field.sendKeys(url);
        press("run-link");
        wait.until(d -> !timeline.runId().isEmpty() && !timeline.runId().equals(before) && timeline.loaded());
        return this;
    }

    /** The results table: one "name|attempts|verdict" per student. */
    List<String> results() {
        return driver.findElements(By.cssSelector("#dashboard .submission")).stream()
                .map(r -> r.getDomAttribute("data-name") + "|" + r.getDomAttribute("data-attempts") + "|"
                        + r.getDomAttribute("data-status")).toList();
    }

    /** The CSV the export link downloads, fetched by the page itself (its session, its cookies). */
    String exportedCsv() {
        String href = wait.until(d -> d.findElement(By.id("export-csv")).getDomProperty("href"));
        return (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));", href);
    }

    String presenterUrl() {
        return driver.findElement(By.id("presenter-link")).getDomProperty("href");
    }

    /** The diagram title in the teacher's editor. */
    String editorTitle() {
        return driver.findElement(By.id("diagram-title")).getDomProperty("value");
    }

    TeacherRoomPage studentsMay(String mode) {
        choose("room-mode", "follow".equals(mode) ? "follow the teacher" : "explore on their own");
        return this;
    }

    TeacherRoomPage end() {
        press("end-room");
        wait.until(d -> "ended".equals(d.findElement(By.id("room-status")).getDomAttribute("data-status")));
        return this;
    }

    String rosterText() {
        return driver.findElement(By.id("roster")).getText();
    }

    /** Elements a name would have created had it been read as HTML. */
    int rosterMarkupElements() {
        return driver.findElements(By.cssSelector("#roster b, #roster img, #roster i")).size();
    }

    String heading() {
        return driver.findElement(By.id("room-heading")).getText();
    }

    boolean handRaised(String name) {
        return wait.until(d -> d.findElements(By.cssSelector("#roster .member[data-name='" + name + "'][data-hand='true']"))
                .size() == 1);
    }

    /** Shows a student's latest submission to the whole room. */
    TeacherRoomPage openSubmissionOf(String name) {
        WebElement open = driver.findElement(By.cssSelector("#dashboard .submission[data-name='" + name + "'] .open-submission"));
        scrollTo(open);
        open.click();
        wait.until(d -> d.findElement(By.id("scenario-source")).getDomAttribute("data-source").endsWith(":" + name));
        return this;
    }

    /** The status of a student's latest submission on the dashboard, once graded. */
    String gradedSubmissionOf(String name) {
        return wait.until(d -> d.findElements(By.cssSelector("#dashboard .submission[data-name='" + name + "']")).stream()
                .map(e -> e.getDomAttribute("data-status"))
                .filter(s -> s != null && !s.equals("grading")).findFirst().orElse(null));
    }
}
