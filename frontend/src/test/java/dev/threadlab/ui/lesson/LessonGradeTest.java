package dev.threadlab.ui.lesson;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class LessonGradeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNode LESSON = JSON.readTree("""
            {"expect":[
              {"grade":"acceptable","when":{"outcome":"completed","variables":{"counter":10},"lostUpdates":"none"},
               "description":"right, by luck"},
              {"grade":"interesting","when":{"outcome":"completed","lostUpdates":"some"},"description":"lost"}]}""");

    @Test
    void the_first_expectation_that_holds_grades_the_run() {
        JsonNode lost = JSON.readTree("""
                {"outcome":"completed","variables":{"counter":7},"lostUpdates":{"counter":3},"elapsedMs":12}""");
        JsonNode right = JSON.readTree("""
                {"outcome":"completed","variables":{"counter":10},"lostUpdates":{},"elapsedMs":12}""");

        assertThat(LessonGrade.of(LESSON, lost)).contains(new LessonGrade("interesting", "lost"));
        assertThat(LessonGrade.of(LESSON, right)).contains(new LessonGrade("acceptable", "right, by luck"));
    }

    @Test
    void a_run_the_lesson_did_not_foresee_has_no_grade() {
        assertThat(LessonGrade.of(LESSON, JSON.readTree("{\"outcome\":\"deadlock\"}"))).isEmpty();
    }
}
