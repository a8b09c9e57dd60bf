package dev.threadlab.lessons;

import dev.threadlab.json.LabJson;
import dev.threadlab.json.LessonReader;
import dev.threadlab.json.TreeReader;
import dev.threadlab.lessons.Lesson.Grade;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A verdict's grade is one {@link Grade}, {@code unclassified} included: on the wire by the names lessons use, in the
 * order API.md gives explorations' outcomes, and never one a lesson's author may write.
 */
class GradeTest {

    private static final LabJson JSON = new LabJson(64);
    private static final Path API = Path.of("API.md");

    @Test
    void a_verdict_goes_on_the_wire_with_its_grade_in_lowercase() {
        Lesson none = new Lesson("l", "", "", "", List.of(), null, null);
        Grader.Verdict unforeseen = Grader.grade(none, new Observed("completed", 1, Map.of(), Map.of(), List.of()));

        assertThat(JSON.write(unforeseen))
                .isEqualTo("{\"grade\":\"unclassified\",\"description\":\"This outcome is not described by the lesson.\","
                           + "\"expectation\":-1}");
        assertThat(Arrays.stream(Grade.values()).map(JSON::write))
                .containsExactly("\"forbidden\"", "\"unclassified\"", "\"interesting\"", "\"acceptable\"");
    }

    @Test
    void the_grades_are_in_the_order_api_md_gives_explorations_outcomes() throws Exception {
        Matcher order = Pattern.compile("\\(forbidden first, then ([a-z, ]+)\\)").matcher(Files.readString(API));

        assertThat(order.find()).as("API.md says in which order an exploration's outcomes come").isTrue();
        List<String> documented = new java.util.ArrayList<>(List.of("forbidden"));
        documented.addAll(List.of(order.group(1).split(", ")));
        assertThat(Arrays.stream(Grade.values()).map(Grade::jsonName)).containsExactlyElementsOf(documented);
    }

    @Test
    void a_lesson_cannot_expect_an_unclassified_run() {
        TreeReader in = new TreeReader();
        new LessonReader(in).read(JSON.parse("""
                {"id":"x","expect":[{"grade":"unclassified","when":{},"description":"?"}]}"""
                .getBytes(StandardCharsets.UTF_8)), "lesson");

        assertThat(in.problems()).extracting(p -> p.path() + ": " + p.message()).containsExactly(
                "lesson.expect[0].grade: must be one of acceptable, forbidden, interesting, not \"unclassified\"");
        assertThatThrownBy(() -> new Lesson.Expectation(Grade.UNCLASSIFIED, null, "?"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
