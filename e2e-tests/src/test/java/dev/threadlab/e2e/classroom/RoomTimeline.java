package dev.threadlab.e2e.classroom;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The room page's {@code <thread-timeline>}, read through the {@code data-*} attributes it mirrors. */
final class RoomTimeline {

    private final WebDriver driver;

    RoomTimeline(WebDriver driver) {
        this.driver = driver;
    }

    private WebElement host() {
        return driver.findElement(By.id("timeline"));
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
}
