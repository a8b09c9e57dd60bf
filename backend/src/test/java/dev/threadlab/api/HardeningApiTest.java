package dev.threadlab.api;

import dev.threadlab.server.LabSettings;
import dev.threadlab.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletionException;

import static dev.threadlab.api.ErrorShapeApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Issue 16, points 4 to 7: quotas, browser security, what operators see, the smaller points. */
class HardeningApiTest {

    private static final String SCENARIO = """
            {"schema":1,"threads":[{"id":"a","body":[{"op":"sleep","ms":1}]}],"x-n":%d}""";

    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> {
        LabSettings settings = LabSettings.forTest(TestServer.tempDataDir());
        return settings.withWeb(settings.web().withScenarioQuota(5, 1L << 20)
                .withAllowedOrigins(Set.of("https://school.example")));
    });

    @Test
    void one_address_saving_more_scenarios_than_its_quota_gets_a_429_that_says_how_long_to_wait() {
        for (int i = 0; i < 5; i++) {
            assertThat(server.post("/api/scenarios", SCENARIO.formatted(i)).statusCode()).isEqualTo(201);
        }

        var problem = assertProblem(server.post("/api/scenarios", SCENARIO.formatted(99)), 429);

        assertThat(problem.get("detail").asString()).contains("at most 5 saved scenarios").contains("try again in");
    }

    @Test
    void api_answers_carry_security_headers() {
        HttpResponse<String> response = server.get("/api/health");

        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'none'"));
    }

    @Test
    void a_websocket_from_another_origin_is_refused_and_the_lab_s_own_or_an_allowed_one_is_not() {
        Throwable refused = catchThrowable(() -> open("http://evil.example"));
        assertThat(refused).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(WebSocketHandshakeException.class);
        assertThat(((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode()).isEqualTo(403);

        open("http://127.0.0.1:" + server.port()).abort();
        open("https://school.example").abort();
    }

    private static WebSocket open(String origin) {
        return server.client().newWebSocketBuilder().header("Origin", origin).connectTimeout(Duration.ofSeconds(5))
                .buildAsync(server.wsUri("/ws/explorations/none"), new WebSocket.Listener() {
                }).join();
    }

    @Test
    void readiness_says_ready_with_the_free_slots_when_idle() {
        HttpResponse<String> response = server.get("/api/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"ready\"").contains("\"slotsFree\"");
    }

    @Test
    void metrics_are_prometheus_text_with_jvm_jetty_and_lab_meters_and_not_a_page() {
        server.get("/api/health");

        HttpResponse<String> response = server.get("/api/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body()).contains("jvm_memory_used_bytes", "jetty_threads_current",
                "lab_simulation_slots_free", "lab_runs_cache_bytes", "lab_runs_streams_slow_dropped",
                "lab_explorations_running", "lab_http_requests_seconds_count",
                "cache_gets_total{cache=\"runs\",result=\"miss\"}", "cache_evictions_total{cache=\"runs\"}")
                .doesNotContain("<html");
    }

    @Test
    void a_scenario_with_too_many_threads_says_that_the_main_thread_counts() {
        String tooMany = """
                {"schema":1,"threads":[{"id":"w","count":256,"body":[{"op":"sleep","ms":1}]}]}""";

        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/api/runs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"scenario\":" + tooMany + "}")).build());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("counting the main thread").contains("not 257");
    }
}
