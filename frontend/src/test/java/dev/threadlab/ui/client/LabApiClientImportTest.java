package dev.threadlab.ui.client;

import dev.threadlab.server.LabBackend;
import dev.threadlab.server.LabSettings;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * The editor's typed call of {@code POST /api/import/python}, against the real API on port 0 (whose parser is the
 * machine's python3): a program comes back as a scenario with its notes, one the lab cannot model as the constructs
 * at their lines, and text that is not a program as the syntax error at its line.
 */
class LabApiClientImportTest {

    private static Javalin server;
    private static LabApiClient api;

    @BeforeAll
    static void start() throws Exception {
        boolean python = python3Runs();
        if (!python && System.getenv("LAB_REQUIRE_PYTHON") != null) {   // ./lab test: a missing python3 fails
            fail("LAB_REQUIRE_PYTHON is set but python3 does not run: ./lab test installs Debian's python3");
        }
        Assumptions.assumeTrue(python, "python3 is not installed: the importer has no parser");
        server = LabBackend.start(LabSettings.forTest(Files.createTempDirectory("lab-client-import")));
        api = new LabApiClient("http://127.0.0.1:" + server.port());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void a_threading_program_comes_back_as_a_scenario_with_a_note_on_each_call_the_lab_does_not_know() {
        String program = """
                import threading
                import json

                total = 0
                lock = threading.Lock()

                def work(n):
                    global total
                    json.dumps({"n": n})
                    with lock:
                        total += n

                threads = [threading.Thread(target=work, args=(2,)) for _ in range(3)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                print("total =", total)
                """;

        LabApiClient.PythonImport answer = api.importPython(program);

        assertThat(answer).isInstanceOf(LabApiClient.Imported.class);
        LabApiClient.Imported imported = (LabApiClient.Imported) answer;
        assertThat(imported.scenario().path("objects").toString()).contains("\"lock\"", "\"total\"");
        assertThat(imported.scenario().path("threads").toString()).contains("\"count\":3");
        // the function is inlined in each of the three threads: the note may come once per copy
        assertThat(imported.notes()).isNotEmpty().allSatisfy(note -> {
            assertThat(note.line()).isEqualTo(9);
            assertThat(note.message()).contains("json.dumps", "compute");
        });
    }

    @Test
    void a_construct_the_lab_cannot_model_is_refused_at_its_line_with_what_to_write_instead() {
        String program = """
                import os
                import threading

                def child():
                    os.fork()

                threading.Thread(target=child).start()
                """;

        LabApiClient.PythonImport answer = api.importPython(program);

        assertThat(answer).isInstanceOf(LabApiClient.Refused.class);
        assertThat(((LabApiClient.Refused) answer).errors()).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.column()).isEqualTo(5);
            assertThat(problem.message()).contains("os.fork", "multiprocessing.Process");
        });
    }

    @Test
    void text_that_is_not_python_is_refused_at_the_line_of_its_syntax_error_and_quotes_survive_the_trip() {
        LabApiClient.PythonImport answer = api.importPython("print(\"a \\\"quoted\\\" {brace}\")\nx = = 1\n");

        assertThat(answer).isInstanceOf(LabApiClient.Refused.class);
        assertThat(((LabApiClient.Refused) answer).errors()).singleElement()
                .satisfies(problem -> assertThat(problem.line()).isEqualTo(2));
    }

    @Test
    void a_program_over_the_size_limit_is_an_api_error_not_a_refusal() {
        String big = "x = 1\n".repeat(50_000);

        assertThatThrownBy(() -> api.importPython(big)).isInstanceOfSatisfying(LabApiException.class,
                e -> assertThat(e.status()).isEqualTo(413));
    }

    private static boolean python3Runs() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import ast").start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
