package dev.threadlab.importer;

import dev.threadlab.testing.Python3;
import dev.threadlab.engine.Limits;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.Step;
import dev.threadlab.engine.model.ThreadDecl;
import dev.threadlab.export.PythonExporter;
import dev.threadlab.json.LabJson;
import dev.threadlab.json.ScenarioParser;
import dev.threadlab.presets.PresetLibrary;
import dev.threadlab.reality.PythonSandbox;
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
        Python3.require();   // the importer parses with python3: under ./lab test a missing python3 fails
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

    /** What no lesson has: ids that are not Python names, a spin-wait, a Timer cancelled, an odd local, I/O labels. */
    @ParameterizedTest
    @MethodSource("scenarios")
    void importing_an_exported_scenario_gives_it_back(String json) {
        Python3.require();   // the importer parses with python3: under ./lab test a missing python3 fails
        Scenario scenario = PARSER.parse(JSON.parseObject(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(IMPORTER.read(PythonExporter.export(scenario)).scenario()).isEqualTo(scenario);
    }

    static Stream<String> scenarios() {
        return Stream.of("""
                {"schema":1,"title":"Peterson","notes":"two lines\\nof notes","runtime":{"model":"free-threaded","cores":2,
                 "switchIntervalMs":0.5,"seed":42,"policy":"fifo"},
                 "objects":[{"id":"flag-0","type":"int","value":0},{"id":"turn","type":"int","value":0},
                            {"id":"in-cs","type":"int","value":0}],
                 "threads":[
                  {"id":"p-0","body":[{"op":"write","target":"flag-0","value":"1"},{"op":"write","target":"turn","value":"1"},
                    {"op":"spinUntil","condition":"turn == 0 or turn > 5 and turn != 7"},{"op":"increment","target":"in-cs","by":2},
                    {"op":"write","target":"flag-0","value":"0"}]},
                  {"id":"main","name":"The main thread","body":[{"op":"sleep","ms":1.5},{"op":"print","text":"{t} {odd}"}]}]}""",
                """
                {"schema":1,"title":"Timer and queue","notes":"",
                 "objects":[{"id":"q","type":"LifoQueue","maxsize":3},{"id":"cv","type":"Condition","lock":"the-lock"},
                            {"id":"the-lock","type":"RLock"},{"id":"sem","type":"BoundedSemaphore","value":2},
                            {"id":"n","type":"int","value":5}],
                 "threads":[
                  {"id":"alarm","timer":{"intervalMs":250},"daemon":true,"body":[{"op":"put","target":"q","value":"7"}]},
                  {"id":"worker","count":3,"start":"manual","body":[
                    {"op":"get","target":"q","as":"t","timeoutMs":100},{"op":"io","ms":12.25,"label":"read: a file"},
                    {"op":"acquire","target":"sem","blocking":false},{"op":"release","target":"sem"},
                    {"op":"with","target":"cv","body":[{"op":"wait","target":"cv","timeoutMs":50},{"op":"notify","target":"cv","n":2}]},
                    {"op":"read","target":"n","as":"t"},{"op":"write","target":"n","value":"t - 1"},{"op":"exit"}]},
                  {"id":"main","body":[{"op":"cancel","target":"alarm"},{"op":"start","target":"worker"},
                    {"op":"put","target":"q","block":false},{"op":"join","target":"worker","timeoutMs":2000}]}]}""");
    }
}
