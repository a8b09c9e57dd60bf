package dev.threadlab.runs;

import dev.threadlab.server.LabSettings;
import dev.threadlab.testing.TestServer;
import dev.threadlab.testing.WsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Paging and streaming of a run's events, against a real server: the pages, the stream and their agreement. */
@Timeout(60)
class RunStreamingApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> limits(l -> l.withWsBatchEvents(50)));
    @RegisterExtension
    static final TestServer forgetful = TestServer.perClass(
            () -> limits(l -> l.withKeptEventsPerRun(10).withWsBatchEvents(50)));

    /** Test settings on a fresh data directory, with {@code change} made to the limits. */
    private static LabSettings limits(UnaryOperator<LabSettings.Limits> change) {
        LabSettings settings = LabSettings.forTest(TestServer.tempDataDir());
        return settings.withLimits(change.apply(settings.limits()));
    }

    static String scenario(int times) {
        return """
                {"scenario":{"schema":1,"title":"loop","threads":[{"id":"w","count":2,"body":[
                  {"op":"repeat","times":%d,"body":[{"op":"io","ms":100},{"op":"compute","ms":1000}]}]}]}}"""
                .formatted(times);
    }

    static JsonNode tree(String text) {
        return JSON.readTree(text);
    }

    static String startRun(TestServer on, int times) {
        HttpResponse<String> created = on.post("/api/runs", scenario(times));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return tree(created.body()).get("runId").asString();
    }

    static List<JsonNode> pagedEvents(TestServer on, String runId, long from, int limit) {
        List<JsonNode> events = new ArrayList<>();
        JsonNode next = JSON.getNodeFactory().numberNode(from);
        while (!next.isNull()) {
            HttpResponse<String> page = on.get("/api/runs/" + runId + "/events?from=" + next.asLong() + "&limit=" + limit);
            assertThat(page.statusCode()).isEqualTo(200);
            JsonNode body = tree(page.body());
            body.get("events").forEach(events::add);
            next = body.get("next");
        }
        return events;
    }

    static List<JsonNode> streamedEvents(List<String> messages) {
        List<JsonNode> events = new ArrayList<>();
        for (String message : messages) {
            JsonNode m = tree(message);
            if (m.get("type").asString().equals("events")) {
                m.get("events").forEach(events::add);
            }
        }
        return events;
    }

    @Test
    void a_run_answers_201_with_its_summary_and_gives_it_again_by_id() {
        HttpResponse<String> created = server.post("/api/runs", scenario(3));
        String runId = tree(created.body()).get("runId").asString();

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/runs/" + runId);
        assertThat(created.body()).startsWith("{\"runId\":\"" + runId + "\",\"outcome\":\"completed\",\"elapsedMs\":");
        assertThat(server.get("/api/runs/" + runId).body()).isEqualTo(created.body());
    }

    @Test
    void paging_through_events_gives_every_seq_once_in_order() {
        String runId = startRun(server, 20);
        long eventCount = tree(server.get("/api/runs/" + runId).body()).get("eventCount").asLong();

        List<JsonNode> events = pagedEvents(server, runId, 0, 7);

        assertThat(events).hasSize((int) eventCount);
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).get("seq").asLong()).isEqualTo(i);
        }
        assertThat(events.getLast().get("kind").asString()).isEqualTo("run-ended");
    }

    @Test
    void the_websocket_stream_equals_the_paged_events_then_ends_with_the_summary() {
        String runId = startRun(server, 40);
        List<JsonNode> paged = pagedEvents(server, runId, 0, 1000);

        try (WsClient ws = WsClient.connect(server.client(), server.wsUri("/ws/runs/" + runId))) {
            WsClient.Closed closed = ws.awaitClose(WAIT);

            assertThat(closed.code()).isEqualTo(1000);
            assertThat(streamedEvents(ws.messages())).isEqualTo(paged);
            JsonNode end = tree(ws.messages().getLast());
            assertThat(end.get("type").asString()).isEqualTo("end");
            assertThat(end.get("summary")).isEqualTo(tree(server.get("/api/runs/" + runId).body()));
        }
    }

    @Test
    void a_client_that_reconnects_from_the_next_seq_gets_the_rest_with_nothing_lost_or_repeated() {
        String runId = startRun(server, 100);
        List<JsonNode> paged = pagedEvents(server, runId, 0, 1000);
        List<JsonNode> seen;
        try (WsClient first = WsClient.connect(server.client(), server.wsUri("/ws/runs/" + runId))) {
            WsClient.await(WAIT, () -> first.messages().size() >= 2);
            seen = streamedEvents(first.messages().subList(0, 2));
        }
        long resumeFrom = seen.getLast().get("seq").asLong() + 1;

        try (WsClient second = WsClient.connect(server.client(), server.wsUri("/ws/runs/" + runId + "?from=" + resumeFrom))) {
            second.awaitClose(WAIT);
            List<JsonNode> all = new ArrayList<>(seen);
            all.addAll(streamedEvents(second.messages()));

            assertThat(all).isEqualTo(paged);
        }
    }

    @Test
    void events_past_the_kept_prefix_are_regenerated_identically_for_pages_and_streams() {
        String kept = startRun(server, 30);
        String regenerated = startRun(forgetful, 30);

        List<JsonNode> reference = pagedEvents(server, kept, 0, 1000);
        assertThat(pagedEvents(forgetful, regenerated, 0, 13)).isEqualTo(reference);
        try (WsClient ws = WsClient.connect(forgetful.client(), forgetful.wsUri("/ws/runs/" + regenerated + "?from=5"))) {
            ws.awaitClose(WAIT);
            assertThat(streamedEvents(ws.messages())).isEqualTo(reference.subList(5, reference.size()));
        }
    }

    @Test
    void events_can_start_at_a_virtual_time() {
        String runId = startRun(forgetful, 30);

        JsonNode page = tree(forgetful.get("/api/runs/" + runId + "/events?at=5000000&limit=3").body());

        assertThat(page.get("events")).hasSize(3);
        assertThat(page.get("events").get(0).get("t").asLong()).isGreaterThanOrEqualTo(5_000_000);
        assertThat(page.get("next").asLong()).isEqualTo(page.get("events").get(2).get("seq").asLong() + 1);
    }

    @Test
    void a_websocket_for_an_unknown_run_is_closed_with_4404_and_a_reason() {
        try (WsClient ws = WsClient.connect(server.client(), server.wsUri("/ws/runs/AAAAAAAAAAAAAAAA"))) {
            WsClient.Closed closed = ws.awaitClose(WAIT);

            assertThat(closed.code()).isEqualTo(4404);
            assertThat(closed.reason()).contains("AAAAAAAAAAAAAAAA");
        }
    }

    @Test
    void a_bad_from_closes_the_websocket_with_4400() {
        String runId = startRun(server, 1);
        try (WsClient ws = WsClient.connect(server.client(), server.wsUri("/ws/runs/" + runId + "?from=minus-one"))) {
            assertThat(ws.awaitClose(WAIT).code()).isEqualTo(4400);
        }
    }

    @Test
    void bad_paging_parameters_are_400_problems() {
        String runId = startRun(server, 1);

        assertThat(server.get("/api/runs/" + runId + "/events?from=-1").statusCode()).isEqualTo(400);
        assertThat(server.get("/api/runs/" + runId + "/events?limit=0").statusCode()).isEqualTo(400);
        assertThat(server.get("/api/runs/" + runId + "/events?limit=abc").statusCode()).isEqualTo(400);
        assertThat(server.get("/api/runs/" + runId + "/timeline?from=10&to=5").statusCode()).isEqualTo(400);
    }

    @Test
    void a_timeline_window_as_wide_as_a_long_can_hold_is_still_answered_at_no_more_than_20000_pixels() {
        String runId = startRun(server, 3);

        HttpResponse<String> whole = server.get("/api/runs/" + runId + "/timeline?from=0&to=" + Long.MAX_VALUE);

        assertThat(whole.statusCode()).as(whole.body()).isEqualTo(200);
        assertThat(JSON.readTree(whole.body()).get("resolution").asLong())
                .isGreaterThanOrEqualTo(Math.ceilDiv(Long.MAX_VALUE, 20_000));
    }

    @Test
    void a_page_past_the_end_of_a_run_that_keeps_only_some_events_is_empty() {
        String runId = startRun(forgetful, 3);

        JsonNode page = JSON.readTree(forgetful.get("/api/runs/" + runId + "/events?at=" + Long.MAX_VALUE).body());

        assertThat(page.get("events")).isEmpty();
        assertThat(page.get("next").isNull()).isTrue();
    }
}
