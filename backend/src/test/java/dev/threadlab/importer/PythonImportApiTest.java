package dev.threadlab.importer;

import dev.threadlab.testing.Python3;
import dev.threadlab.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/import/python} on a real server: tutorial-style programs import, run in the lab and end with the
 * ints real CPython prints when the same file is run (python3 is the oracle); constructs the lab cannot model are a
 * 422 naming each one's line and column; limits are clear 4xx answers.
 */
class PythonImportApiTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PRINTED_INT = Pattern.compile("(?m)^([A-Za-z_]\\w*) = (-?\\d+)$");

    @BeforeAll
    static void needsPython() {
        Python3.require();   // the importer parses with python3's ast: under ./lab test a missing python3 fails
    }

    @ParameterizedTest
    @ValueSource(strings = {"sleep_loops_thread.py", "sleep_loops_locks.py", "thread_function.py",
            "thread_callable.py", "thread_subclass.py", "producer_consumer.py", "pool_sentinels.py",
            "condition_predicate.py", "spin_locked.py"})
    void a_tutorial_program_imports_runs_and_ends_with_the_ints_cpython_prints(String file) throws Exception {
        String source = resource(file);
        Map<String, Long> cpython = runInCPython(source);
        assertThat(cpython).as("the program prints its ints").isNotEmpty();

        HttpResponse<String> imported = server.post("/api/import/python", JSON.writeValueAsString(Map.of("source", source)));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode scenario = JSON.readTree(imported.body()).path("scenario");

        HttpResponse<String> run = server.post("/api/runs", JSON.writeValueAsString(Map.of("scenario", scenario)));
        assertThat(run.statusCode()).as(run.body()).isEqualTo(201);
        JsonNode summary = JSON.readTree(run.body());
        assertThat(summary.path("outcome").asString()).isEqualTo("completed");
        Map<String, Long> lab = new TreeMap<>();
        cpython.keySet().forEach(name -> lab.put(name, summary.path("variables").path(name).asLong(Long.MIN_VALUE)));
        assertThat(lab).isEqualTo(cpython);
    }

    @Test
    void each_imported_step_remembers_the_line_it_came_from() throws Exception {
        String source = """
                import queue
                import threading

                q = queue.Queue()


                def worker():
                    while True:
                        item = q.get()
                        if item is None:
                            break


                t = threading.Thread(target=worker)
                t.start()
                q.put(None)
                t.join()
                """;
        HttpResponse<String> response = server.post("/api/import/python", JSON.writeValueAsString(Map.of("source", source)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        JsonNode worker = body.path("scenario").path("threads").path(0);
        assertThat(worker.path("body").path(0).path("condition").asString()).isEqualTo("True");
        assertThat(worker.path("body").path(0).path("body").path(1).path("condition").asString()).isEqualTo("item is None");
        JsonNode lines = body.path("lines");
        assertThat(lines.path("threads[0].body[0]").asInt()).isEqualTo(8);
        assertThat(lines.path("threads[0].body[0].body[0]").asInt()).isEqualTo(9);
        assertThat(lines.path("threads[0].body[0].body[1]").asInt()).isEqualTo(10);
        assertThat(lines.path("threads[0].body[0].body[1].then[0]").asInt()).isEqualTo(11);
        assertThat(lines.path("threads[1].body[0]").asInt()).isEqualTo(16);
    }

    @Test
    void an_unknown_call_becomes_a_compute_step_with_a_note_at_its_line() throws Exception {
        String source = "import threading\n\ndef work():\n    crunch_numbers(42)\n\nthreading.Thread(target=work).start()\n";
        HttpResponse<String> response = server.post("/api/import/python", JSON.writeValueAsString(Map.of("source", source)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("scenario").path("threads").path(0).path("body").path(0).path("op").asString()).isEqualTo("compute");
        assertThat(body.path("notes").path(0).path("line").asInt()).isEqualTo(4);
        assertThat(body.path("notes").path(0).path("column").asInt()).isEqualTo(5);
        assertThat(body.path("notes").path(0).path("message").asString()).contains("crunch_numbers()", "compute");
    }

    @Test
    void constructs_the_lab_cannot_model_are_a_422_listing_each_at_its_line_and_column() throws Exception {
        HttpResponse<String> response = server.post("/api/import/python",
                JSON.writeValueAsString(Map.of("source", resource("not_modelled.py"))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode errors = JSON.readTree(response.body()).path("errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.path(0).path("line").asInt()).isEqualTo(8);
        assertThat(errors.path(0).path("column").asInt()).isEqualTo(11);
        assertThat(errors.path(0).path("message").asString()).contains("os.fork()", "not modelled", "multiprocessing.Process");
        assertThat(errors.path(1).path("line").asInt()).isEqualTo(9);
        assertThat(errors.path(1).path("message").asString()).contains("condition", "shared ints");
        assertThat(errors.path(2).path("line").asInt()).isEqualTo(13);
        assertThat(errors.path(2).path("message").asString()).contains("`ready`", "which the loop changes", "global ready");
        assertThat(JSON.readTree(response.body()).path("detail").asString()).contains("line 8:11");
    }

    @Test
    void a_syntax_error_is_a_422_at_its_place() throws Exception {
        HttpResponse<String> response = server.post("/api/import/python",
                JSON.writeValueAsString(Map.of("source", "import threading\n\ndef broken(:\n    pass\n")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode error = JSON.readTree(response.body()).path("errors").path(0);
        assertThat(error.path("line").asInt()).isEqualTo(3);
        assertThat(error.path("message").asString()).startsWith("syntax error");
    }

    @Test
    void code_nested_too_deeply_is_a_clear_4xx_not_a_500() throws Exception {
        String deep = "x = " + "[".repeat(250) + "]".repeat(250) + "\n";
        String deeper = "x = " + "-".repeat(100_000) + "1\n";
        for (String source : new String[]{deep, deeper}) {
            HttpResponse<String> response = server.post("/api/import/python", JSON.writeValueAsString(Map.of("source", source)));
            assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
            assertThat(JSON.readTree(response.body()).path("detail").asString()).isNotBlank();
        }
    }

    @Test
    void a_source_over_the_limit_is_a_413_and_a_body_without_source_a_400() throws Exception {
        String huge = "# " + "x".repeat(PythonImporter.MAX_SOURCE_BYTES) + "\n";
        HttpResponse<String> tooBig = server.post("/api/import/python", JSON.writeValueAsString(Map.of("source", huge)));
        assertThat(tooBig.statusCode()).as(tooBig.body()).isEqualTo(413);
        assertThat(tooBig.body()).contains("at most " + PythonImporter.MAX_SOURCE_BYTES + " bytes");

        HttpResponse<String> noSource = server.post("/api/import/python", "{\"code\": 1}");
        assertThat(noSource.statusCode()).isEqualTo(400);
        assertThat(noSource.body()).contains("source");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PythonImportApiTest.class.getResourceAsStream("/importer/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The oracle: the same file run by the machine's python3, and the {@code name = int} lines it printed. */
    private static Map<String, Long> runInCPython(String source) throws Exception {
        Path file = Files.createTempFile("lab-import-oracle", ".py");
        try {
            Files.writeString(file, source);
            Process p = new ProcessBuilder(Python3.require(), file.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            Map<String, Long> ints = new TreeMap<>();
            Matcher m = PRINTED_INT.matcher(out);
            while (m.find()) {
                ints.put(m.group(1), Long.parseLong(m.group(2)));
            }
            return ints;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
