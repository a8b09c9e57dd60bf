package dev.threadlab.e2e;

import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged application serves the UI, the API and its errors on one port. */
class OnePortIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void health_is_served_beside_the_ui() throws Exception {
        HttpResponse<String> health = get("/api/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void an_unknown_api_path_is_a_problem_json_404_not_the_ui_page() throws Exception {
        HttpResponse<String> missing = get("/api/does-not-exist");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(missing.body()).doesNotContain("<html");
    }

    @Test
    void the_ui_index_is_served_at_the_root() throws Exception {
        HttpResponse<String> index = get("/");

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(index.body()).contains("<html").contains("Thread Lab");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(RunningLab.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
