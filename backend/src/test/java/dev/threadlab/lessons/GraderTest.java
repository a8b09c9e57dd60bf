package dev.threadlab.lessons;

import dev.threadlab.json.LabJson;
import dev.threadlab.json.LessonReader;
import dev.threadlab.json.TreeReader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GraderTest {

    private static final LabJson JSON = new LabJson(64);

    private static Lesson lesson(String json) {
        TreeReader in = new TreeReader();
        Lesson lesson = new LessonReader(in).read(JSON.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "lesson").orElseThrow();
        assertThat(in.problems()).isEmpty();
        return lesson;
    }

    private static final Lesson LOST_UPDATE = lesson("""
            {"id":"l","expect":[
              {"grade":"acceptable","when":{"outcome":"completed","variables":{"counter":10},"lostUpdates":"none"},"description":"right"},
              {"grade":"interesting","when":{"lostUpdates":"some"},"description":"lost"},
              {"grade":"forbidden","when":{"errorType":"RuntimeError"},"description":"crash"}]}""");

    private static Observed run(String outcome, long counter, long lost, String... errors) {
        return new Observed(outcome, 12.5, Map.of("counter", counter), Map.of("counter", lost), List.of(errors));
    }

    @Test
    void the_first_expectation_that_holds_gives_the_grade() {
        assertThat(Grader.grade(LOST_UPDATE, run("completed", 10, 0)))
                .isEqualTo(new Grader.Verdict(Lesson.Grade.ACCEPTABLE, "right", 0));
        assertThat(Grader.grade(LOST_UPDATE, run("completed", 8, 2)).grade().jsonName()).isEqualTo("interesting");
    }

    @Test
    void an_error_type_matches_any_thread_that_raised_it() {
        assertThat(Grader.grade(LOST_UPDATE, run("error", 3, 0, "ValueError", "RuntimeError")).grade().jsonName())
                .isEqualTo("forbidden");
    }

    @Test
    void a_run_no_expectation_describes_is_unclassified() {
        assertThat(Grader.grade(LOST_UPDATE, run("completed", 9, 0)).grade().jsonName()).isEqualTo("unclassified");
    }

    @Test
    void elapsed_time_bounds_are_inclusive() {
        Lesson timed = lesson("""
                {"id":"t","expect":[{"grade":"acceptable","when":{"elapsedMsAtLeast":12.5,"elapsedMsAtMost":12.5},"description":"on time"}]}""");

        assertThat(Grader.grade(timed, run("completed", 0, 0)).grade().jsonName()).isEqualTo("acceptable");
    }

    @Test
    void a_malformed_lesson_reports_every_problem_with_its_path() {
        TreeReader in = new TreeReader();
        new LessonReader(in).read(JSON.parse("""
                {"id":"x","expect":[{"grade":"good","when":{"outcom":"completed","variables":{"c":"ten"}}}]}"""
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "lesson");

        assertThat(in.problems()).extracting(p -> p.path() + ": " + p.message()).containsExactlyInAnyOrder(
                "lesson.expect[0].grade: must be one of acceptable, forbidden, interesting, not \"good\"",
                "lesson.expect[0].when.outcom: unknown key \"outcom\"; did you mean \"outcome\"?",
                "lesson.expect[0].when.variables.c: must be an integer, not a string",
                "lesson.expect[0].description: is required");
    }
}
