package dev.threadlab.e2e;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.pages.TimelineView;
import dev.threadlab.e2e.support.Axe;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's "Import Python": a tutorial's program pasted in becomes the diagram, and its run ends with the int
 * CPython prints when the same file is run (the machine's python3 is the oracle); a program with a construct the lab
 * cannot model is shown with the problem at its line, and the diagram being built stays.
 */
@ExtendWith(BrowserExtension.class)
class ImportPythonIT {

    private static final String TUTORIAL = """
            import threading

            counter = 0
            lock = threading.Lock()


            def add(times):
                global counter
                for _ in range(times):
                    with lock:
                        counter += 1


            t1 = threading.Thread(target=add, args=(300,))
            t2 = threading.Thread(target=add, args=(200,))
            t1.start()
            t2.start()
            t1.join()
            t2.join()
            print("counter =", counter)
            """;

    private static final String FORKS = """
            import os
            import threading

            hits = 0


            def child():
                global hits
                hits += 1
                pid = os.fork()


            threading.Thread(target=child).start()
            """;

    @Test
    void a_pasted_tutorial_program_becomes_the_diagram_and_its_run_ends_with_the_int_cpython_prints(WebDriver browser)
            throws Exception {
        long printed = printedByCPython(TUTORIAL, "counter");

        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor").importPython(TUTORIAL);

        assertThat(editor.importState()).as(editor.importStatus()).isEqualTo("imported");
        assertThat(editor.laneHeaders()).as("a lane for each thread and one for main").hasSize(3)
                .anySatisfy(h -> assertThat(h).startsWith("main"));
        assertThat(String.join("\n", editor.stepCodes(0))).contains("with lock:", "counter += 1");
        TimelineView run = editor.run().jumpToEnd();
        assertThat(run.outcome()).isEqualTo("completed");
        assertThat(run.finalVariables()).containsEntry("counter", printed);
    }

    @Test
    void a_program_the_lab_cannot_model_is_shown_with_its_problem_at_its_line_and_the_diagram_stays(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor")
                .addObject("int")
                .addThread()
                .addStep("increment");
        var lanesBefore = editor.laneHeaders();
        var stepsBefore = editor.stepCodes(0);

        editor.importPython(FORKS);

        assertThat(editor.importState()).isEqualTo("refused");
        int forkLine = lineOf(FORKS, "os.fork()");
        assertThat(editor.markedLines()).containsKey(forkLine);
        assertThat(editor.markedLines().get(forkLine)).contains("pid = os.fork()", "multiprocessing.Process");
        assertThat(editor.importMarks()).anySatisfy(m -> assertThat(m).startsWith("line " + forkLine + ":")
                .contains("os.fork"));
        assertThat(editor.laneHeaders()).isEqualTo(lanesBefore);
        assertThat(editor.stepCodes(0)).isEqualTo(stepsBefore).containsExactly("counter += 1");
        assertThat(editor.validity()).isEqualTo("true");
    }

    @Test
    void a_py_file_given_to_the_upload_is_imported_like_a_pasted_program_and_the_panel_passes_the_audit(
            WebDriver browser) throws IOException {
        Path file = Files.createTempFile("forks", ".py");
        Files.writeString(file, FORKS);
        try {
            EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor").uploadPython(file);

            assertThat(editor.importSource()).isEqualTo(FORKS);
            assertThat(editor.importState()).isEqualTo("refused");
            assertThat(editor.markedLines()).containsKey(lineOf(FORKS, "os.fork()"));
            assertThat(Axe.seriousViolations(browser)).isEmpty();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void an_import_is_undone_back_to_the_diagram_before_it(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor")
                .addThread()
                .addStep("sleep");
        var before = editor.stepCodes(0);

        editor.importPython(TUTORIAL);
        assertThat(editor.laneHeaders()).hasSize(3);

        editor.undoImport();
        assertThat(editor.laneHeaders()).hasSize(1);
        assertThat(editor.stepCodes(0)).isEqualTo(before);
    }

    @Test
    void if_while_and_break_from_the_palette_are_written_into_the_scenario(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor")
                .addObject("int")
                .addThread()
                .addStep("while")
                .setField("condition", "counter < 5")
                .addStep("if")
                .addStep("break")
                .selectElseOf("threads[0].body[0].body[0]")
                .addStep("increment");

        assertThat(editor.stepOps(0)).containsExactly("while", "if", "break", "increment");
        JsonNode loop = JsonMapper.builder().build().readTree(editor.scenarioJson()).path("threads").get(0).path("body");
        assertThat(loop.toString()).isEqualTo("[{\"op\":\"while\",\"condition\":\"counter < 5\",\"body\":[{\"op\":\"if\","
                + "\"condition\":\"counter == 0\",\"then\":[{\"op\":\"break\"}],\"else\":[{\"op\":\"increment\","
                + "\"target\":\"counter\"}]}]}]");
    }

    private static int lineOf(String program, String text) {
        String[] lines = program.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(text + " is not in the program");
    }

    /** Runs {@code program} in the machine's python3 and returns the int it prints as {@code name = N}. */
    private static long printedByCPython(String program, String name) throws IOException, InterruptedException {
        Path file = Files.createTempFile("tutorial", ".py");
        Files.writeString(file, program);
        try {
            Process python;
            try {
                python = new ProcessBuilder("python3", file.toString()).redirectErrorStream(true).start();
            } catch (IOException noPython) {
                Assumptions.abort("python3 is not installed: no oracle for the program's output");
                throw noPython;
            }
            String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
            Matcher m = Pattern.compile("(?m)^" + name + " = (-?\\d+)$").matcher(out);
            assertThat(m.find()).as(out).isTrue();
            return Long.parseLong(m.group(1));
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
