package dev.threadlab.presets.lessons;

import dev.threadlab.engine.Limits;
import dev.threadlab.engine.validate.Validator;
import dev.threadlab.export.PythonExporter;
import dev.threadlab.lessons.Lesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** What every lesson of the library must have, whatever it teaches. */
class EveryPresetTest {

    static List<String> ids() {
        return LessonRuns.ids();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void the_preset_is_a_valid_scenario_for_the_json_adapter_and_the_engine_validator(String id) {
        assertThatCode(() -> LessonRuns.scenario(id)).doesNotThrowAnyException();
        assertThat(Validator.validate(LessonRuns.scenario(id), Limits.defaults())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void the_preset_has_a_title_notes_a_question_and_graded_expectations(String id) {
        JsonNode scenario = LessonRuns.preset(id).scenario();
        Lesson lesson = LessonRuns.lesson(id);

        assertThat(scenario.path("title").asString("")).as("title").isNotBlank();
        assertThat(scenario.path("notes").asString("")).as("notes").contains("**What to notice.**", "**What to try.**");
        assertThat(lesson.summary()).as("summary").isNotBlank().doesNotContain("\n");
        assertThat(lesson.predict()).as("predict").isNotBlank().endsWith("?");
        assertThat(lesson.expect()).as("expect").isNotEmpty()
                .allSatisfy(e -> assertThat(e.description()).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void the_preset_belongs_to_one_of_the_fourteen_sections(String id) {
        assertThat(LessonRuns.lesson(id).section()).isIn(LessonRuns.SECTIONS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void a_fixed_variant_names_another_preset_of_the_library(String id) {
        LessonRuns.lesson(id).fixedVariantId().ifPresent(fixed -> {
            assertThat(fixed).isNotEqualTo(id);
            assertThat(LessonRuns.ids()).contains(fixed);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void the_python_export_compiles_with_cpython(String id, @TempDir Path dir) throws Exception {
        dev.threadlab.testing.Python3.require();
        Path script = dir.resolve(id.replace('-', '_') + ".py");
        Files.writeString(script, PythonExporter.export(LessonRuns.scenario(id)), StandardCharsets.UTF_8);

        Process p = new ProcessBuilder(python3(), "-m", "py_compile", script.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }

    @Test
    void the_index_lists_every_preset_file_exactly_once_in_section_order() throws IOException {
        List<String> index = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("presets/index.json")) {
            assertThat(in).isNotNull();
            LessonRuns.JSON.parse(in.readAllBytes()).forEach(node -> index.add(node.stringValue()));
        }
        assertThat(index).doesNotHaveDuplicates().containsExactlyElementsOf(LessonRuns.ids());
        for (String id : index) {
            assertThat(getClass().getClassLoader().getResource("presets/" + id + ".json")).as(id).isNotNull();
        }
        List<Integer> sectionOrder = index.stream().map(id -> LessonRuns.SECTIONS.indexOf(LessonRuns.lesson(id).section())).toList();
        assertThat(sectionOrder).isSorted();
        assertThat(sectionOrder).containsAll(java.util.stream.IntStream.range(0, 14).boxed().toList());
    }

    @Test
    void every_preset_file_on_the_classpath_is_in_the_index() throws Exception {
        Path dir = Path.of(getClass().getClassLoader().getResource("presets/index.json").toURI()).getParent();
        try (var files = Files.list(dir)) {
            List<String> onDisk = files.map(f -> f.getFileName().toString()).filter(f -> !f.equals("index.json"))
                    .map(f -> f.replaceFirst("\\.json$", "")).sorted().toList();
            assertThat(onDisk).containsExactlyInAnyOrderElementsOf(LessonRuns.ids());
        }
    }

    static String python3() {
        return dev.threadlab.testing.Python3.find();
    }
}
