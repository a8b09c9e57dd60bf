package dev.threadlab.importer;

import dev.threadlab.engine.Limits;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.Step;
import dev.threadlab.engine.model.ThreadDecl;
import dev.threadlab.export.PythonExporter;
import dev.threadlab.json.LabJson;
import dev.threadlab.json.ScenarioParser;
import dev.threadlab.presets.PresetLibrary;
import dev.threadlab.reality.PythonSandbox;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every lesson, importing its exported script gives back the same scenario: the parsed {@link Scenario} records
 * are compared whole (title, notes, runtime, objects, processes, threads, ids and durations; only the lesson block,
 * which the script does not carry, is not part of a Scenario).
 */
class PythonImportRoundTripTest {

    private static final LabJson JSON = new LabJson(64);
    private static final PresetLibrary PRESETS = PresetLibrary.fromClasspath(JSON);
    private static final ScenarioParser PARSER = new ScenarioParser(Limits.defaults());
    private static final PythonImporter IMPORTER = new PythonImporter(new PythonAst(new PythonSandbox("python3", 30)));

    static Stream<String> lessons() {
        return PRESETS.list().stream().map(PresetLibrary.PresetInfo::id);
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void importing_a_lessons_exported_script_gives_back_the_lessons_scenario(String id) {
        Assumptions.assumeTrue(new PythonSandbox("python3", 10).version().isPresent(), "python3 is not installed");
        Scenario lesson = PARSER.parse(PRESETS.find(id).orElseThrow().scenario());

        Scenario imported = IMPORTER.read(PythonExporter.export(lesson)).scenario();

        assertThat(imported.title()).isEqualTo(lesson.title());
        assertThat(imported.notes()).isEqualTo(lesson.notes());
        assertThat(imported.runtime()).isEqualTo(lesson.runtime());
        assertThat(imported.objects()).isEqualTo(lesson.objects());
        assertThat(imported.processes()).isEqualTo(lesson.processes());
        assertThat(imported.threads()).isEqualTo(lesson.threads());
        assertThat(imported).isEqualTo(lesson);
    }
}
