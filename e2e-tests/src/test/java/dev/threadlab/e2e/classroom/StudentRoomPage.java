package dev.threadlab.e2e.classroom;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.support.Click;

import java.time.Duration;

/** {@code /room/{code}} as a student: a name, then the teacher's playback and the challenge. */
final class StudentRoomPage {

    private final WebDriver driver;
    private final WebDriverWait wait;
    final RoomTimeline timeline;

    private StudentRoomPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.timeline = new RoomTimeline(driver);
    }

    static StudentRoomPage join(WebDriver driver, String studentUrl, String name) {
        driver.get(studentUrl);
        StudentRoomPage page = new StudentRoomPage(driver);
        WebElement field = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#student-name input")));
        field.sendKeys(name);
        driver.findElement(By.id("join")).click();
        page.wait.until(d -> name.equals(d.findElement(By.id("you")).getText()));
        return page;
    }

    /** The page reloaded: the student comes back as the same member, without a name prompt. */
    static StudentRoomPage reload(WebDriver driver, String name) {
        driver.navigate().refresh();
        StudentRoomPage page = new StudentRoomPage(driver);
        page.wait.until(d -> name.equals(d.findElement(By.id("you")).getText()));
        return page;
    }

    StudentRoomPage raiseHand() {
        driver.findElement(By.id("raise-hand")).click();
        wait.until(d -> "true".equals(d.findElement(By.id("raise-hand")).getDomAttribute("data-raised")));
        return this;
    }

    /** What the room shows now: {@code teacher} or {@code submission:{id}:{name}}. */
    String scenarioSource() {
        String s = driver.findElement(By.id("scenario-source")).getDomAttribute("data-source");
        return s == null ? "" : s;
    }

    /** Moves the student's own playback one event back, with the keyboard (only free mode keeps it there). */
    StudentRoomPage stepBackOnOwn() {
        timeline.sendKeys(org.openqa.selenium.Keys.ARROW_LEFT);
        return this;
    }

    String mode() {
        String m = driver.findElement(By.id("room-link")).getDomAttribute("data-mode");
        return m == null ? "" : m;
    }

    String roomStatus() {
        String s = driver.findElement(By.id("room-status")).getDomAttribute("data-status");
        return s == null ? "" : s;
    }

    /** Whether the name prompt is shown (the page has it, hidden, once the student is in the room). */
    boolean namePromptShown() {
        return driver.findElements(By.id("student-name")).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Types the code on {@code /classroom} (as a student reads it off the projector), then a name. */
    static StudentRoomPage joinWithCode(WebDriver driver, String baseUrl, String code, String name) {
        driver.get(baseUrl + "/classroom");
        StudentRoomPage page = new StudentRoomPage(driver);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#join-code-field input"))).sendKeys(code);
        driver.findElement(By.id("join-with-code")).click();
        WebElement field = page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#student-name input")));
        field.sendKeys(name);
        driver.findElement(By.id("join")).click();
        page.wait.until(d -> name.equals(d.findElement(By.id("you")).getText()));
        return page;
    }

    WebDriverWait waiting() {
        return wait;
    }

    /** The challenge's goal kind, once one is posed. */
    String challengeGoal() {
        return wait.until(d -> {
            WebElement goal = d.findElement(By.id("challenge-goal-text"));
            String g = goal.getDomAttribute("data-goal");
            return goal.isDisplayed() && g != null && !g.isEmpty() ? g : null;
        });
    }

    /** The challenge as the student reads it (its goal in words). */
    String challengeText() {
        challengeGoal();
        return driver.findElement(By.id("challenge-goal-text")).getText();
    }

    /** The lab's editor holding the student's copy of the challenge. */
    EditorPage editor() {
        challengeGoal();
        return EditorPage.current(driver);
    }

    /** Replaces the diagram in the student's editor with {@code json} (its JSON tab) and submits it. */
    StudentRoomPage submit(String json) {
        editor().applyJson(json);
        return submit();
    }

    /** Submits the diagram the student's editor holds. */
    StudentRoomPage submit() {
        Click.on(driver, By.id("submit"));
        wait.until(d -> {
            String s = d.findElement(By.id("verdict")).getDomAttribute("data-status");
            return s != null && !s.isEmpty() && !"invalid".equals(s);
        });
        return this;
    }

    /** The verdict's words (status, explanation, how it was checked). */
    String verdictText() {
        verdict();
        return driver.findElement(By.id("verdict")).getText();
    }

    /** The verdict's status once graded (passed, failed, error). */
    String verdict() {
        return wait.until(d -> {
            String s = d.findElement(By.id("verdict")).getDomAttribute("data-status");
            return s != null && !s.isEmpty() && !s.equals("sent") && !s.equals("grading") ? s : null;
        });
    }
}
