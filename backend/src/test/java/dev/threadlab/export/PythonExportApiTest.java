package dev.threadlab.export;

import dev.threadlab.engine.RunSummary;
import dev.threadlab.engine.Simulator;
import dev.threadlab.json.LabJson;
import dev.threadlab.json.ScenarioParser;
import dev.threadlab.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PythonExportApiTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    static Stream<Arguments> deterministicScenarios() {
        return Stream.of(
                Arguments.of(server().get("/api/presets/lost-update-fixed").body(), Map.of("counter", 10L)),
                Arguments.of("""
                        {"schema":1,"title":"Increments under a lock","objects":[{"id":"n","type":"int","value":5},
                         {"id":"lock","type":"RLock"}],
                         "threads":[{"id":"w","count":3,"body":[{"op":"repeat","times":4,"as":"i","body":[
                           {"op":"acquire","target":"lock"},{"op":"increment","target":"n","by":2},{"op":"release","target":"lock"}]}]}]}""",
                        Map.of("n", 29L)),
                Arguments.of("""
                        {"schema":1,"title":"Producer and consumer","notes":"A queue hands items over.\\nTwo lines of notes.",
                         "objects":[{"id":"q","type":"Queue","maxsize":2},{"id":"total","type":"int","value":0},
                                    {"id":"done","type":"Event"}],
                         "threads":[
                          {"id":"producer","body":[{"op":"repeat","times":5,"as":"i","body":[{"op":"put","target":"q","value":"i + 1"}]}]},
                          {"id":"consumer","body":[{"op":"repeat","times":5,"body":[{"op":"get","target":"q","as":"x"},
                             {"op":"read","target":"total","as":"t"},{"op":"write","target":"total","value":"t + x"},
                             {"op":"taskDone","target":"q"}]},{"op":"set","target":"done"},{"op":"print","text":"got {t} {not a local}"}]},
                          {"id":"main","body":[{"op":"wait","target":"done"},{"op":"join","target":"q"},{"op":"sleep","ms":1}]}]}""",
                        Map.of("total", 15L)));
    }

    private static TestServer server() {
        return server;
    }

    @ParameterizedTest
    @MethodSource("deterministicScenarios")
    void the_exported_script_runs_in_cpython_and_prints_the_final_values_the_engine_predicts(
            String scenario, Map<String, Long> expected) throws Exception {
        dev.threadlab.testing.Python3.require();
        HttpResponse<String> response = server.post("/api/export/python", scenario);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/x-python"));

        Map<String, Long> printed = runPython(response.body());

        assertThat(printed).isEqualTo(expected).isEqualTo(engineVariables(scenario));
    }

    @Test
    void the_script_carries_the_title_and_notes_as_comments_and_one_line_per_step() {
        String script = server.post("/api/export/python", server.get("/api/presets/lost-update-fixed").body()).body();

        assertThat(script).contains("# Lost update, fixed with a Lock\n", "# **The lost update.** Two workers add 1")
                .contains("        with lock:\n            tmp = counter\n            compute(0.003 * SCALE)")
                .contains("            counter = tmp + 1\n")
                .contains("print(\"counter =\", counter)");
    }

    @Test
    void an_invalid_scenario_is_a_422_problem_not_a_script() {
        HttpResponse<String> response = server.post("/api/export/python", "{\"schema\":1,\"threads\":[{\"id\":\"a\",\"body\":[{\"op\":\"jump\"}]}]}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("threads[0].body[0].op");
    }

    /** What the engine predicts for the scenario: CPython must print the same. */
    private static Map<String, Long> engineVariables(String scenario) {
        LabJson json = new LabJson(64);
        RunSummary summary = Simulator.run(new ScenarioParser(dev.threadlab.engine.Limits.defaults())
                .parse(json.parse(scenario.getBytes(StandardCharsets.UTF_8)))).summary();
        return new TreeMap<>(summary.variables());
    }

    private static Map<String, Long> runPython(String script) throws IOException, InterruptedException {
        Path file = Files.createTempFile("lab-export", ".py");
        Files.writeString(file, script);
        Process process = new ProcessBuilder(python3(), file.toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the script finishes within 60 s").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output + "\n--- script:\n" + script).isZero();
        Map<String, Long> values = new TreeMap<>();
        output.lines().filter(l -> l.matches("[\\w/.-]+ = -?\\d+")).forEach(l -> {
            String[] parts = l.split(" = ");
            values.put(parts[0], Long.parseLong(parts[1]));
        });
        return values;
    }

    private static String python3() {
        return dev.threadlab.testing.Python3.find();
    }
}
