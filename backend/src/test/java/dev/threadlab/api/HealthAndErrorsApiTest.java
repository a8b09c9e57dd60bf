package dev.threadlab.api;

import dev.threadlab.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class HealthAndErrorsApiTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void health_answers_status_ok_as_json() {
        HttpResponse<String> response = server.get("/api/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void unknown_api_path_is_a_problem_json_404() {
        HttpResponse<String> response = server.get("/api/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":404").contains("/api/no-such-thing");
    }

    @Test
    void the_openapi_document_describes_every_endpoint() {
        HttpResponse<String> response = server.get("/api/openapi.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"openapi\": \"3.1.0\"").contains("/api/runs/{id}/timeline")
                .contains("/ws/runs/{id}").contains("/api/export/python").contains("/api/scenarios/{id}")
                .contains("/api/reality");
    }
}
