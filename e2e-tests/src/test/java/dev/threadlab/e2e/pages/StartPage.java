package dev.threadlab.e2e.pages;

import dev.threadlab.e2e.support.Click;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** The lab's start page (the lesson library) as a person sees it. */
public final class StartPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private StartPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public static StartPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/");
        StartPage page = new StartPage(driver);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("library-heading")));
        return page;
    }

    public String documentTitle() {
        return driver.getTitle();
    }

    public String appTitle() {
        return driver.findElement(By.id("app-title")).getText();
    }

    public String heading() {
        return driver.findElement(By.id("library-heading")).getText();
    }

    /** Scrolls the lesson's card into view, as a person would in a long library, and opens it. */
    public EditorPage openLesson(String id) {
        Click.on(driver, By.id("lesson-" + id));
        return EditorPage.current(driver);
    }

    public List<String> sections() {
        return driver.findElements(By.cssSelector(".library-section h3")).stream().map(WebElement::getText).toList();
    }

    public List<String> navigationLabels() {
        WebElement nav = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
        return nav.findElements(By.tagName("vaadin-side-nav-item")).stream()
                .map(item -> item.getText().trim())
                .filter(text -> !text.isEmpty())
                .toList();
    }
}
