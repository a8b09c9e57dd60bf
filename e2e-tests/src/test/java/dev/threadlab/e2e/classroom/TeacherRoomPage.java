package dev.threadlab.e2e.classroom;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** {@code /room/{code}?teacher=…}: the teacher presents, poses challenges and reads the dashboard. */
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

    TeacherRoomPage stepForward() {
        long before = timeline.seq();
        press("step-forward");
        wait.until(d -> timeline.seq() == before + 1);
        return this;
    }

    TeacherRoomPage play() {
        press("play");
        wait.until(d -> "true".equals(d.findElement(By.id("room-link")).getDomAttribute("data-playing")));
        return this;
    }

    TeacherRoomPage pause() {
        press("pause");
        wait.until(d -> "false".equals(d.findElement(By.id("room-link")).getDomAttribute("data-playing")));
        return this;
    }

    TeacherRoomPage pose(String presetId, String goal) {
        choose("challenge-scenario", "(" + presetId + ")");
        choose("challenge-goal", goal);
        press("pose-challenge");
        wait.until(d -> goal.equals(d.findElement(By.id("challenge-posed")).getDomAttribute("data-goal")));
        return this;
    }

    TeacherRoomPage studentsMay(String mode) {
        choose("room-mode", mode);
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
