package dev.threadlab.e2e.classroom;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** {@code /classroom}: the teacher creates a room and reads its code and links. */
final class ClassroomPage {

    record CreatedRoom(String code, String studentUrl, String teacherUrl, String qrSrc) {
    }

    private final WebDriver driver;
    private final WebDriverWait wait;

    private ClassroomPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("create-room")));
    }

    static ClassroomPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/classroom");
        return new ClassroomPage(driver);
    }

    CreatedRoom create(String title) {
        WebElement field = driver.findElement(By.cssSelector("#room-title input"));
        field.sendKeys(title);
        driver.findElement(By.id("create-room")).click();
        WebElement code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("join-code")));
        WebElement student = driver.findElement(By.id("student-link"));
        WebElement teacher = driver.findElement(By.id("teacher-link"));
        return new CreatedRoom(code.getText(), student.getDomProperty("href"), teacher.getDomProperty("href"),
                driver.findElement(By.id("room-qr")).getDomAttribute("src"));
    }
}
