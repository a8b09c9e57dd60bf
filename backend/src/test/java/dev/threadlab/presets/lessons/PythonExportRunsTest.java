package dev.threadlab.presets.lessons;

import dev.threadlab.export.PythonExporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lab against the real interpreter: lessons whose outcome does not hang on a few milliseconds of timing are
 * exported to Python, run with {@code python3}, and must end with the same ints as the engine's run. (The long
 * lessons, the timing-sensitive ones and the long process runs are left out; see docs/LESSONS.md.)
 */
class PythonExportRunsTest {

    private static final Pattern INT_LINE = Pattern.compile("^([A-Za-z_][\\w/]*) = (-?\\d+)$", Pattern.MULTILINE);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"process-memory-copy", "start-cost-processes", "threads-share-memory", "thread-start-new-thread", "thread-sleep-and-hope", "thread-start-join",
            "lost-update-fixed", "rlock-reentry", "event-one-to-many", "event-wait-timeout", "condition-producer-consumer",
            "timer-cancelled", "timer-fires", "daemon-cut-off", "non-daemon-waited-for", "queue-backpressure",
            "queue-task-done-join", "lifo-and-priority-queues", "barrier-from-condition"})
    void cpython_ends_the_exported_lesson_with_the_ints_the_engine_reports(String id, @TempDir Path dir) throws Exception {
        String python = dev.threadlab.testing.Python3.require();
        Path script = dir.resolve(id.replace('-', '_') + ".py");
        Files.writeString(script, PythonExporter.export(LessonRuns.scenario(id)), StandardCharsets.UTF_8);

        // Several of these lessons end as they do because of timing (a thread sleeping "long enough", consumers back in
        // wait() before the next notify): on a shared machine busy enough to start a thread 100 ms late, CPython can
        // end otherwise. Up to three runs: a script the exporter gets wrong ends wrong in every one.
        Map<String, Long> expected = LessonRuns.summary(id).variables();
        Map<String, Long> printed = Map.of();
        String output = "";
        for (int attempt = 0; attempt < 3 && !printed.equals(expected); attempt++) {
            Process p = new ProcessBuilder(python, script.toString()).redirectErrorStream(true).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s finished within a minute", id).isTrue();
            output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            printed = ints(output);
        }
        assertThat(printed).as(output).isEqualTo(expected);
    }

    private static Map<String, Long> ints(String output) {
        Map<String, Long> printed = new LinkedHashMap<>();
        Matcher m = INT_LINE.matcher(output);
        while (m.find()) {
            printed.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return printed;
    }
}
