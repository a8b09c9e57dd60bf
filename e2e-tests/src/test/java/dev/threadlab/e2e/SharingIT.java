package dev.threadlab.e2e;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(BrowserExtension.class)
class SharingIT {

    @Test
    void a_shared_link_opens_the_same_diagram_in_a_fresh_browser(WebDriver author, WebDriver friend) {
        EditorPage mine = EditorPage.open(author, RunningLab.baseUrl(), "/editor/lost-update")
                .retitle("My <b>race</b>");
        var steps = mine.stepCodes(0);
        String json = mine.scenarioJson();

        String link = mine.share();

        assertThat(link).matches(RunningLab.baseUrl() + "/s/[A-Za-z0-9_-]+");
        EditorPage theirs = EditorPage.open(friend, "", link);
        assertThat(theirs.title()).isEqualTo("My <b>race</b>");
        assertThat(theirs.stepCodes(0)).isEqualTo(steps).isNotEmpty();
        assertThat(theirs.scenarioJson()).isEqualTo(json);
    }
}
