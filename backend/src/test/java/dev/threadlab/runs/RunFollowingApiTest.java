package dev.threadlab.runs;

import dev.threadlab.server.LabSettings;
import dev.threadlab.testing.TestServer;
import dev.threadlab.testing.WsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static dev.threadlab.runs.RunStreamingApiTest.WAIT;
import static dev.threadlab.runs.RunStreamingApiTest.pagedEvents;
import static dev.threadlab.runs.RunStreamingApiTest.streamedEvents;
import static dev.threadlab.runs.RunStreamingApiTest.tree;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run streams while it is computed (issue 15, "first frame at once"): {@code POST /api/runs} with
 * {@code Prefer: respond-async} answers 202 with the run's id before the run exists, and a stream opened then gets
 * the events as the engine makes them, the summary as soon as the run is done ({@code computed}), then the rest.
 */
@Timeout(120)
class RunFollowingApiTest {

    /** Few kept events, so that most of a followed run's events come from the replay after {@code computed}. */
    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> {
        LabSettings settings = LabSettings.forTest(TestServer.tempDataDir());
        return settings.withLimits(settings.limits().withKeptEventsPerRun(3_000).withWsBatchEvents(500));
    });

    /** About 60,000 events, each a few hundred engine instructions: long enough to be followed. */
    private static String scenario(int seed) {
        return """
                {"scenario":{"schema":1,"runtime":{"seed":%d},"objects":[{"id":"n","type":"int","value":0}],
                 "threads":[{"id":"w","count":4,"body":[{"op":"repeat","times":3000,"body":[
                   {"op":"read","target":"n","as":"t"},{"op":"compute","ms":0.01},{"op":"write","target":"n","value":"t + 1"}]}]}]}}"""
                .formatted(seed);
    }

    private static HttpResponse<String> postAsync(String body) {
        return server.send(HttpRequest.newBuilder(server.uri("/api/runs")).header("Content-Type", "application/json")
                .header("Prefer", "respond-async").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void an_asynchronous_post_answers_202_with_the_id_before_the_run_exists_then_the_run_is_there_by_that_id() {
        HttpResponse<String> accepted = postAsync(scenario(1));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String runId = tree(accepted.body()).get("runId").asString();
        assertThat(tree(accepted.body()).get("state").asString()).isEqualTo("computing");
        assertThat(accepted.headers().firstValue("Location")).hasValue("/api/runs/" + runId);
        HttpResponse<String> summary = server.get("/api/runs/" + runId);   // waits for the computation
        assertThat(summary.statusCode()).isEqualTo(200);
        assertThat(tree(summary.body()).get("runId").asString()).isEqualTo(runId);
        HttpResponse<String> again = postAsync(scenario(1));
        assertThat(again.statusCode()).as("a stored run is answered at once, with its summary").isEqualTo(201);
        assertThat(again.body()).isEqualTo(summary.body());
    }

    @Test
    void a_stream_opened_at_once_follows_the_computation_then_gives_the_summary_then_the_rest_nothing_lost() {
        String runId = tree(postAsync(scenario(2)).body()).get("runId").asString();
        List<String> messages;
        try (WsClient ws = WsClient.connect(server.client(), server.wsUri("/ws/runs/" + runId))) {
            assertThat(ws.awaitClose(WAIT).code()).isEqualTo(1000);
            messages = ws.messages();
        }

        List<String> types = messages.stream().map(m -> tree(m).get("type").asString()).toList();
        int computed = types.indexOf("computed");
        assertThat(computed).as("the stream followed the computation: %s", types).isPositive();
        assertThat(types.subList(0, computed)).as("events came before the run was done").containsOnly("events");
        assertThat(types.getLast()).isEqualTo("end");
        JsonNode summary = tree(messages.get(computed)).get("summary");
        assertThat(summary).isEqualTo(tree(messages.getLast()).get("summary"));
        List<JsonNode> events = streamedEvents(messages);
        assertThat(events).hasSize(summary.get("eventCount").asInt()).isEqualTo(pagedEvents(server, runId, 0, 10_000));
    }

    @Test
    void a_run_the_engine_refuses_after_202_closes_its_stream_with_4400_and_the_reason() {
        HttpResponse<String> accepted = postAsync("""
                {"scenario":{"schema":1,"threads":[{"id":"w","count":2,"body":[{"op":"compute","ms":1}]}]},
                 "exploring":true,"timing":"any","schedule":[7]}""");
        assertThat(accepted.statusCode()).as(accepted.body()).isIn(202, 422);
        if (accepted.statusCode() == 422) {
            return;   // refused before anything ran: nothing to stream
        }
        String runId = tree(accepted.body()).get("runId").asString();
        try (WsClient ws = WsClient.connect(server.client(), server.wsUri("/ws/runs/" + runId))) {
            WsClient.Closed closed = ws.awaitClose(WAIT);
            assertThat(closed.code()).isEqualTo(RunStream.CLOSE_BAD_REQUEST);
            assertThat(closed.reason()).contains("schedule");
        }
    }
}
