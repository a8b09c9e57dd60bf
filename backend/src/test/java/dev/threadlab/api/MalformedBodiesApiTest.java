package dev.threadlab.api;

import dev.threadlab.testing.TestServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MalformedBodiesApiTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @ParameterizedTest
    @ValueSource(strings = {"/api/scenarios", "/api/runs", "/api/export/python"})
    void a_body_over_one_mebibyte_is_a_413_problem(String path) {
        byte[] body = ("{\"schema\":1,\"notes\":\"" + "x".repeat(1 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = server.post(path, body);

        assertThat(response.statusCode()).isEqualTo(413);
        assertProblem(response);
    }

    @Test
    void a_chunked_body_over_one_mebibyte_is_a_413_problem_too() {
        byte[] body = ("{\"schema\":1,\"notes\":\"" + "x".repeat(1 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(server.uri("/api/scenarios"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build();

        HttpResponse<String> response = server.send(request);

        assertThat(response.statusCode()).isEqualTo(413);
        assertProblem(response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"schema\":1", "[1,2", "nul", "{\"schema\":1}}", "{\"a\":1,\"a\":2}",
            "{\"schema\":1e99999999999}", "\"just a string\"", "42", "{'schema':1}"})
    void malformed_json_is_a_400_problem(String body) {
        HttpResponse<String> response = server.post("/api/scenarios", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response);
    }

    @Test
    void deeply_nested_json_is_a_400_problem() {
        String body = "[".repeat(10_000) + "]".repeat(10_000);

        HttpResponse<String> response = server.post("/api/scenarios", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response);
    }

    @Test
    void a_body_that_is_not_utf8_is_a_400_problem() {
        byte[] latin1 = "{\"schema\":1,\"title\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        HttpResponse<String> response = server.post("/api/scenarios", latin1);

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response);
    }

    @Test
    void a_huge_integer_is_a_400_problem() {
        HttpResponse<String> response = server.post("/api/scenarios", "{\"schema\":1" + "0".repeat(5000) + "}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response);
    }

    @Test
    void a_lone_surrogate_escape_does_not_break_the_server() {
        HttpResponse<String> response = server.post("/api/scenarios", "{\"schema\":1,\"title\":\"\\ud800\"}");

        assertThat(response.statusCode()).isBetween(200, 499);
    }

    static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + response.statusCode()).doesNotContain("\tat ");
    }
}
