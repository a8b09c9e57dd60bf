package dev.threadlab.export;

import dev.threadlab.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, checked against real CPython ({@code python3}): the exported script's {@code compute} is CPU work, so
 * under the GIL four computing threads take about as long as the same work in one thread (the busy-wait it replaced
 * made them look 3× faster); and no text a user typed becomes code: with hostile text in every text field the
 * script's syntax tree has exactly the statements of the same scenario with plain text.
 */
class PythonExportFaithfulTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static String python() {
        return dev.threadlab.testing.Python3.require();
    }

    private static String export(String scenario) {
        HttpResponse<String> response = server.post("/api/export/python", scenario);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static String run(String python, String script, String... args) throws IOException, InterruptedException {
        Path file = Files.createTempFile("lab-export", ".py");
        try {
            Files.writeString(file, script);
            String[] command = new String[args.length + 2];
            command[0] = python;
            System.arraycopy(args, 0, command, 1, args.length);
            command[args.length + 1] = file.toString();
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("LAB_COMPUTE_RATE", "10000000");   // the same work in both scripts
            Process p = builder.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(out).isZero();
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The elapsed time the script's own report line gives. */
    private static double seconds(String python, String scenario) throws Exception {
        String out = run(python, export(scenario));
        String line = out.lines().filter(l -> l.startsWith("LAB-REPORT ")).reduce((a, b) -> b).orElseThrow(() ->
                new AssertionError("no LAB-REPORT line in:\n" + out));
        Matcher elapsed = Pattern.compile("\"elapsedMs\":([0-9.]+)").matcher(line);
        assertThat(elapsed.find()).as(line).isTrue();
        return Double.parseDouble(elapsed.group(1)) / 1000.0;
    }

    @Test
    void four_computing_threads_take_about_as_long_as_the_same_work_in_one_thread_in_real_cpython() throws Exception {
        String python = python();
        String threads = """
                {"schema":1,"threads":[{"id":"w","count":4,"body":[{"op":"compute","ms":1000}]}]}""";
        String serial = """
                {"schema":1,"threads":[{"id":"main","body":[{"op":"repeat","times":4,"body":[{"op":"compute","ms":1000}]}]}]}""";
        // the fastest of three runs each, taken in turns so that both see the same neighbours: a shared machine only
        // slows runs down (one CI run, with a build next to it, gave 0.42 from two runs each taken back to back)
        double t = Double.MAX_VALUE;
        double s = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            t = Math.min(t, seconds(python, threads));
            s = Math.min(s, seconds(python, serial));
        }
        assertThat(s).as("4 x 10 M iterations of pure-Python work").isBetween(0.3, 20.0);
        // About 1.0 in CPython with the GIL; a shared 2-core machine has given 0.69-1.4, so the bound only has to tell
        // work from a wait on the clock, which gave 0.31 (four threads of 0.5 s: 0.62 s against 2.00 s serial).
        assertThat(t / s).as("4 threads %.2f s vs serial %.2f s: the GIL lets one compute at a time", t, s)
                .isGreaterThanOrEqualTo(0.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x\\n    print('INJECTED')", "x\\r    print('INJECTED')", "x\\r\\nprint(1)",
            "x\\u2028print(1)", "x\\u2029print(1)", "x\\u000bprint(1)", "x\\u000cprint(1)", "x\\u0085print(1)",
            "\\\"\\\"\\\"; print(1); \\\"\\\"\\\"", "'; print(1); '", "\\\\", "{__import__('os').system('id')}", "x\\u0000y",
            "# coding: latin-1", "\\ufeffprint(1)", "\\u0000__import__('os').system('echo INJECTED')\\u0001"})
    void hostile_text_in_every_field_stays_data(String hostile) throws Exception {
        String python = python();
        String template = """
                {"schema":1,"title":"TEXT","notes":"TEXT","objects":[{"id":"n","type":"int","value":0}],
                 "threads":[{"id":"w","name":"TEXT","body":[{"op":"io","ms":1,"label":"TEXT"},
                   {"op":"print","text":"TEXT"},{"op":"increment","target":"n"}]}]}""";
        String plain = export(template.replace("TEXT", "plain"));
        String attacked = export(template.replace("TEXT", hostile));
        assertThat(statements(python, attacked)).isEqualTo(statements(python, plain));
    }

    /** The script's syntax tree with every string constant blanked: its statements and expressions only. */
    private static String statements(String python, String script) throws Exception {
        Path file = Files.createTempFile("lab-export", ".py");
        try {
            Files.writeString(file, script);
            Process p = new ProcessBuilder(python, "-c", """
                    import ast, sys
                    tree = ast.parse(open(sys.argv[1], encoding="utf-8").read())
                    for node in ast.walk(tree):
                        # the watchdog's table of line numbers moves with the lines of a comment, not its statements
                        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "_lab_STEPS":
                            node.value.keys = [ast.Constant(0) for _ in node.value.keys]
                        if isinstance(node, ast.Constant) and isinstance(node.value, str):
                            node.value = "S"
                        if isinstance(node, ast.JoinedStr):
                            node.values = []
                    print(ast.dump(tree))
                    """, file.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(out + "\n" + script).isZero();
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
