package dev.threadlab.e2e;

import dev.threadlab.e2e.pages.StartPage;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(BrowserExtension.class)
class StartPageIT {

    @Test
    void a_visitor_sees_the_lab_title_and_its_navigation(WebDriver browser) {
        StartPage start = StartPage.open(browser, RunningLab.baseUrl());

        assertThat(start.documentTitle()).contains("Thread Lab");
        assertThat(start.appTitle()).isEqualTo("Thread Lab");
        assertThat(start.heading()).isEqualTo("Lesson library");
        assertThat(start.navigationLabels()).contains("Library");
    }
}
