package dev.threadlab.e2e.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/**
 * Clicks as a person does: the page scrolls inside the app layout, so the element is first scrolled into view
 * (centred), then clicked once it can be.
 */
public final class Click {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private Click() {
    }

    /** Clicks the element {@code by} finds, waiting for it to appear and to be clickable. */
    public static void on(WebDriver driver, By by) {
        // found again when the page redraws it between the look-up and the click (a server round trip of a change
        // made just before, e.g. a field committed on blur, replaces the element)
        new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(d -> {
            scrollIntoView(d, d.findElement(by));
            WebElement clickable = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (clickable == null) {
                return false;
            }
            clickable.click();
            return true;
        });
    }

    /** Clicks {@code element} (also one inside a shadow root), waiting for it to be clickable. */
    public static void on(WebDriver driver, WebElement element) {
        scrollIntoView(driver, element);
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private static void scrollIntoView(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }
}
