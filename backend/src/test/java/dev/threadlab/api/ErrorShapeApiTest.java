package dev.threadlab.api;

import dev.threadlab.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, points 2 and 3: one JSON reading policy and one error shape for every path, Jetty's own errors included;
 * no answer names a Java or Jackson class.
 */
class ErrorShapeApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    /** The answer is a problem+json document with this status that names nothing of the server's insides. */
    static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertNamesNoInternals(response.body());
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }

    static void assertNamesNoInternals(String text) {
        assertThat(text).doesNotContainPattern("\\b(tools|com|java|javax|jakarta|org)\\.[a-z]+\\.")
                .doesNotContain("Jackson", "StreamRead", "JsonNode", "BigDecimal", "Exception", "`", "\u0000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/runs", "/api/scenarios", "/api/rooms", "/api/explore", "/api/export/python"})
    void a_number_with_a_huge_exponent_is_a_400_problem_on_every_endpoint(String path) {
        JsonNode problem = assertProblem(server.post(path, "{\"x\":1e-2147483649}"), 400);

        assertThat(problem.get("detail").asString()).contains("number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
            "{\"a\":1} {\"b\":2}", "{\"a\":1,\"a\":2}", "{\"a\":1234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123}",
            "{\"a\":tru}", "{\"a\":", "\"\\ud800\"x", "{'a':1}"})
    void malformed_json_is_explained_without_naming_jackson(String body) {
        JsonNode problem = assertProblem(server.post("/api/scenarios", body), 400);

        assertThat(problem.get("detail").asString()).startsWith("The request body");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/presets/%ff%fe", "/api/scenarios/%00", "/api/runs/%ff/events", "/api/%2e%2e/%2e%2e/etc"})
    void an_undecodable_url_is_a_problem_not_an_html_page(String path) {
        HttpResponse<String> response = onNewConnection(HttpRequest.newBuilder(URI.create(server.uri("") + path)).GET().build());

        assertProblem(response, response.statusCode());
        assertThat(response.statusCode()).isBetween(400, 499);
    }

    @Test
    void a_delete_with_an_undecodable_id_is_a_problem_with_a_body() {
        HttpResponse<String> response = onNewConnection(HttpRequest.newBuilder(
                URI.create(server.uri("") + "/api/explorations/%ff%fe")).DELETE().build());

        assertProblem(response, response.statusCode());
    }

    @Test
    void an_empty_or_nul_key_is_located_by_a_quoted_path() {
        String scenario = "{\"schema\":1,\"threads\":[{\"id\":\"a\",\"body\":[]}],\"\":1,\"x\\u0000y\":2}";

        JsonNode problem = assertProblem(server.post("/api/scenarios", scenario), 422);

        assertThat(problem.get("errors").toString()).contains("[\\\"\\\"]").contains("x\\\\u0000y");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"})
    void a_body_that_is_not_declared_as_json_is_415(String type) {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/api/runs"))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString("{\"scenario\":{}}")).build());

        assertProblem(response, 415);
        assertThat(response.body()).contains("application/json");
    }

    @Test
    void a_body_without_a_content_type_is_415() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/api/scenarios"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertProblem(response, 415);
    }

    /**
     * Sends a request Jetty refuses before the lab sees it on a connection of its own: Jetty closes the connection
     * after such a 400, and the shared client could already have sent the class's next request down it (it then
     * fails with "received no bytes", as a CI run showed).
     */
    private static HttpResponse<String> onNewConnection(HttpRequest request) {
        try (java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
