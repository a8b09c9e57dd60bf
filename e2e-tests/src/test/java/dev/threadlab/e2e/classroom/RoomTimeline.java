package dev.threadlab.e2e.classroom;

import dev.threadlab.e2e.support.Click;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The room page's {@code <thread-timeline>}: read through the {@code data-*} attributes it mirrors, and used through
 * its own controls (in its shadow root) as a person uses them.
 */
final class RoomTimeline {

    /** The lanes' label column of the canvas, left of the time axis (draw.ts {@code LABEL_W}). */
    private static final int LABEL_W = 170;

    private final WebDriver driver;

    RoomTimeline(WebDriver driver) {
        this.driver = driver;
    }

    private WebElement host() {
        return driver.findElement(By.id("room-timeline"));
    }

    private WebElement control(String id) {
        return host().getShadowRoot().findElement(By.cssSelector("#" + id));
    }

    String runId() {
        String id = host().getDomProperty("runId");
        return id == null ? "" : id;
    }

    boolean loaded() {
        return "true".equals(host().getDomAttribute("data-loaded"));
    }

    long seq() {
        String s = host().getDomAttribute("data-seq");
        return s == null ? Long.MIN_VALUE : Long.parseLong(s);
    }

    /** The position in virtual µs, or −1 before the timeline has one. */
    long positionUs() {
        String s = host().getDomAttribute("data-position-us");
        return s == null ? -1 : Long.parseLong(s);
    }

    long durationUs() {
        String s = host().getDomAttribute("data-duration-us");
        return s == null ? -1 : Long.parseLong(s);
    }

    /** The clock as the timeline shows it ("3412 s / 4000 s · event 9 of 12"). */
    String clock() {
        return control("clock").getText();
    }

    /** The play button's label: "Play" or "Pause". */
    String playLabel() {
        return control("play").getDomAttribute("aria-label");
    }

    void press(String id) {
        Click.on(driver, control(id));
    }

    /** Chooses a speed in the timeline's own list, by the text it shows ("100×"). */
    void chooseSpeed(String label) {
        WebElement select = control("speed");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", select);
        new Select(select).selectByVisibleText(label);
    }

    /** Clicks the lanes at {@code fraction} of the time axis (0: its start, 1: its end). */
    void clickAt(double fraction) {
        WebElement canvas = (WebElement) ((JavascriptExecutor) driver).executeScript(
                "const c = arguments[0].shadowRoot.querySelector('.canvas-wrap canvas');"
                        + "c.scrollIntoView({block: 'center'}); return c;", host());
        int width = canvas.getRect().getWidth();
        int height = canvas.getRect().getHeight();
        int x = (int) Math.round(LABEL_W + fraction * (width - LABEL_W));
        new Actions(driver).moveToElement(canvas, x - width / 2, Math.min(40, height / 2) - height / 2)
                .click().perform();
    }

    /** Keys on the focused timeline (its own shortcuts: ← →, Home, End, Space). */
    void sendKeys(CharSequence keys) {
        WebElement host = host();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", host);
        host.sendKeys(keys);
    }
}
