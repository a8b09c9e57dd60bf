package dev.threadlab.e2e.support;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Headless Debian Chromium with both paths given, so Selenium Manager never runs (it would try the
 * network), and the flags docs/STACK.md lists for this closed network.
 */
public final class Browsers {

    private static final Path ARTIFACTS = Path.of(System.getProperty("lab.e2e.artifacts", "target/e2e-artifacts"));

    private static final Map<WebDriver, Path> DOWNLOADS = Collections.synchronizedMap(new WeakHashMap<>());

    private Browsers() {
    }

    /** Where this browser saves what the page downloads. */
    public static Path downloads(WebDriver driver) {
        return DOWNLOADS.get(driver);
    }

    public static WebDriver newChromium() {
        try {
            Files.createDirectories(ARTIFACTS);
            Path profile = Files.createTempDirectory(ARTIFACTS, "chromium-profile-");
            Path downloads = Files.createDirectories(profile.resolve("downloads"));
            ChromeOptions options = new ChromeOptions();
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
            options.setBinary(System.getProperty("lab.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1400,900", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("lab.chromedriver", "/usr/bin/chromedriver")))
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            DOWNLOADS.put(driver, downloads);
            return driver;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot prepare the browser profile under " + ARTIFACTS, e);
        }
    }

    /** Saves what the browser shows, for a failing test's report or the README. */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(ARTIFACTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = ARTIFACTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save screenshot " + name, e);
        }
    }
}
