package dev.threadlab.export;

import dev.threadlab.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/export/lines} on a real server: the timeline's Python view of a lesson is the exported script's
 * lines (the same renderer), each step's line at the path its step-entered events name.
 */
class PythonLinesApiTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void the_python_view_of_a_lesson_has_a_line_per_step_with_its_path() throws Exception {
        HttpResponse<String> response = server.post("/api/export/lines",
                server.get("/api/presets/dining-philosophers-backoff").body());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        for (JsonNode line : JSON.readTree(response.body()).path("lines")) {
            lines.add("    ".repeat(line.path("indent").asInt()) + line.path("text").asString()
                    + (line.path("path").isNull() ? "" : "  @" + line.path("path").asString()));
        }
        assertThat(lines).containsSubsequence(
                "def phil0():",
                "    for _ in range(2):  @threads[0].body[0]",
                "        while True:  @threads[0].body[0].body[0]",
                "            fork0.acquire()  @threads[0].body[0].body[0].body[0]",
                "            if fork1.acquire(blocking=False):  @threads[0].body[0].body[0].body[2]",
                "                break  @threads[0].body[0].body[0].body[2].then[0]");
    }

    @Test
    void the_exported_script_writes_the_same_lines() throws Exception {
        String script = server.post("/api/export/python", server.get("/api/presets/dining-philosophers-backoff").body()).body();

        assertThat(script).contains("        while True:\n            fork0.acquire()\n            time.sleep(0.01 * SCALE)\n"
                + "            if fork1.acquire(blocking=False):\n                break\n");
    }

    @Test
    void an_invalid_scenario_is_a_422_problem_with_its_path() throws Exception {
        HttpResponse<String> response = server.post("/api/export/lines",
                "{\"schema\":1,\"threads\":[{\"id\":\"a\",\"body\":[{\"op\":\"break\"}]}]}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("threads[0].body[0]", "break is only allowed");
    }
}
