package dev.threadlab.e2e;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.pages.StartPage;
import dev.threadlab.e2e.pages.TimelineView;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.LabApi;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(BrowserExtension.class)
class LessonPlaybackIT {

    @Test
    void a_learner_picks_a_lesson_runs_it_and_the_playback_ends_on_the_apis_summary(WebDriver browser) {
        EditorPage editor = StartPage.open(browser, RunningLab.baseUrl()).openLesson("lost-update");
        assertThat(editor.title()).isEqualTo("Lost update");
        assertThat(editor.lessonQuestion()).contains("Will the counter end at 10?");
        assertThat(editor.lessonNotes()).contains("Two workers");

        TimelineView timeline = editor.run().waitUntilPlaybackEnds();

        JsonNode summary = LabApi.get("/api/runs/" + timeline.runId());
        assertThat(timeline.outcome()).isEqualTo(summary.path("outcome").asString());
        Map<String, Long> expected = new LinkedHashMap<>();
        summary.path("variables").properties().forEach(e -> expected.put(e.getKey(), e.getValue().asLong()));
        assertThat(timeline.finalVariables()).isEqualTo(expected);
        assertThat(timeline.seq()).isEqualTo(summary.path("eventCount").asLong() - 1);
        assertThat(editor.lessonGrade()).isEqualTo(summary.path("grade").path("grade").asString())
                .isIn("acceptable", "interesting");
    }

    @Test
    void stepping_back_from_the_end_leaves_the_end_and_shows_an_earlier_event(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/lost-update");
        TimelineView timeline = editor.run().jumpToEnd();
        long last = timeline.seq();

        timeline.stepBack();

        assertThat(timeline.seq()).isEqualTo(last - 1);
        assertThat(timeline.atEnd()).isFalse();
    }
}
