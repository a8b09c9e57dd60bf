package dev.threadlab.e2e.reality;

import dev.threadlab.e2e.support.Click;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The editor's Reality tab: the diagram run in the server's real CPython beside the lab's run. */
final class RealityTabPage {

    private final WebDriver driver;

    private RealityTabPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the tab of the editor shown now and waits until it says which Python the server has. */
    static RealityTabPage open(WebDriver driver) {
        Click.on(driver, By.id("tab-reality"));
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.findElement(By.id("reality-status")).getText().isBlank());
        return new RealityTabPage(driver);
    }

    String status() {
        return driver.findElement(By.id("reality-status")).getText();
    }

    /** Runs it in CPython and waits for the answer (a scaled run takes about 10 s, the machine may be busy). */
    RealityTabPage runInCPython() {
        Click.on(driver, By.id("reality-run"));
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> {
            String state = d.findElement(By.id("reality-tab")).getDomAttribute("data-state");
            return "done".equals(state) || "failed".equals(state);
        });
        return this;
    }

    /** Why CPython gave no report, or "" (the line is hidden then, and Vaadin may leave it out of the page). */
    String problem() {
        return driver.findElements(By.id("reality-problem")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).findFirst().orElse("");
    }

    /** The figures table: row name → [CPython, the lab]. */
    Map<String, String[]> figures() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (WebElement row : driver.findElements(By.cssSelector("#reality-table tbody tr"))) {
            var cells = row.findElements(By.cssSelector("td"));
            rows.put(row.getDomAttribute("data-what"), new String[] {cells.get(0).getText(), cells.get(1).getText()});
        }
        return rows;
    }

    /** Threads drawn in the lab's ("lab") or CPython's ("cpython") timeline, once drawn. */
    int lanes(String side) {
        WebElement host = driver.findElement(By.id("reality-timeline"));
        String attribute = "lab".equals(side) ? "data-lanes-lab" : "data-lanes-cpython";
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> host.getDomAttribute(attribute) != null);
        return Integer.parseInt(host.getDomAttribute(attribute));
    }

    /** Pixels of a state's colour (e.g. waiting for the GIL, #e0a526) in one side's canvas: what a person sees. */
    long pixelsOf(String side, int r, int g, int b) {
        Object n = ((JavascriptExecutor) driver).executeScript("""
                const canvas = document.getElementById('reality-timeline').shadowRoot
                    .querySelector('canvas[data-side="' + arguments[0] + '"]');
                const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let n = 0;
                for (let i = 0; i < data.length; i += 4) {
                  if (Math.abs(data[i] - arguments[1]) < 12 && Math.abs(data[i + 1] - arguments[2]) < 12
                      && Math.abs(data[i + 2] - arguments[3]) < 12) n++;
                }
                return n;""", side, r, g, b);
        return ((Number) n).longValue();
    }
}
