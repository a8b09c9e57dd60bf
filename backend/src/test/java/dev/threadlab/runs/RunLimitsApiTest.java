package dev.threadlab.runs;

import dev.threadlab.server.LabSettings;
import dev.threadlab.testing.TestServer;
import dev.threadlab.testing.WsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.http.HttpResponse;
import java.time.Duration;

import static dev.threadlab.runs.RunStreamingApiTest.startRun;
import static org.assertj.core.api.Assertions.assertThat;

/** The bounds on what runs may hold: the LRU cache and the per-client WebSocket buffer. */
@Timeout(60)
class RunLimitsApiTest {

    @Test
    void an_unknown_run_is_a_404_problem() {
        try (TestServer server = TestServer.start(LabSettings.forTest(TestServer.tempDataDir()))) {
            HttpResponse<String> response = server.get("/api/runs/nope");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("No run has the id");
        }
    }

    @Test
    void a_client_that_stops_reading_is_dropped_with_a_clear_close_reason_instead_of_buffering_without_bound() {
        LabSettings settings = LabSettings.forTest(TestServer.tempDataDir());
        try (TestServer server = TestServer.start(settings.withLimits(settings.limits().withWsSendTimeoutMs(300)))) {
            String runId = startRun(server, 100_000);

            try (WsClient ws = WsClient.connect(server.client(), server.wsUri("/ws/runs/" + runId), false)) {
                WsClient.await(Duration.ofSeconds(30),
                        () -> server.get("/api/stats").body().contains("\"slowClientsDropped\":1"));
                ws.startReading();
                WsClient.Closed closed = ws.awaitClose(Duration.ofSeconds(30));

                assertThat(closed.code()).isEqualTo(1008);
                assertThat(closed.reason()).contains("too slow").contains("from=");
            }
        }
    }
}
