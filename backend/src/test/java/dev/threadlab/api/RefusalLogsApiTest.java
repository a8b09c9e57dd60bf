package dev.threadlab.api;

import dev.threadlab.server.LabSettings;
import dev.threadlab.testing.LogCapture;
import dev.threadlab.testing.TestServer;
import dev.threadlab.testing.WsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpRequest;
import java.net.http.WebSocket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Issue 16, point 6: an operator reads every refusal in the log — one line naming what was refused, where and why —
 * and an access line per request that never shows a query (a teacher token travels in one).
 */
class RefusalLogsApiTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> LabSettings.forTest(TestServer.tempDataDir()));

    @Test
    void a_request_refused_with_a_problem_is_logged_with_its_path_status_and_reason() {
        try (LogCapture log = LogCapture.start()) {
            server.send(HttpRequest.newBuilder(server.uri("/api/scenarios")).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

            WsClient.await(Duration.ofSeconds(5), () -> log.text().contains("POST /api/scenarios"));
            assertThat(log.text()).containsPattern("POST /api/scenarios from \\S+ refused -> 415: .*application/json");
        }
    }

    @Test
    void a_websocket_from_another_origin_is_logged_with_the_origin() {
        try (LogCapture log = LogCapture.start()) {
            catchThrowable(() -> server.client().newWebSocketBuilder().header("Origin", "http://evil.example")
                    .buildAsync(server.wsUri("/ws/explorations/none"), new WebSocket.Listener() {
                    }).join());

            WsClient.await(Duration.ofSeconds(5), () -> log.text().contains("/ws/explorations/none"));
            assertThat(log.text()).containsPattern("GET /ws/explorations/none from \\S+ refused -> 403: .*"
                    + "this page's origin is \"http://evil.example\"");
        }
    }

    @Test
    void the_access_log_has_a_line_per_request_without_its_query() {
        try (LogCapture log = LogCapture.start()) {
            server.get("/api/rooms/NOPE42?token=secret-teacher-token");

            WsClient.await(Duration.ofSeconds(5), () -> log.text().contains("dev.threadlab.access"));
            assertThat(log.text()).containsPattern("dev\\.threadlab\\.access - GET /api/rooms/NOPE42 404 [0-9.]+ ms \\S+")
                    .doesNotContain("secret-teacher-token");
        }
    }

    @Test
    void a_malformed_request_jetty_refuses_before_the_lab_sees_it_is_logged_too() {
        try (LogCapture log = LogCapture.start()) {
            server.get("/api/presets/%ff%fe");

            WsClient.await(Duration.ofSeconds(5), () -> log.text().contains("/api/presets/"));
            assertThat(log.text()).containsPattern("GET /api/presets/\\S* (refused by the server: 400|from \\S+ refused -> 400)");
        }
    }
}
