package dev.threadlab.explorations;

import dev.threadlab.testing.TestServer;
import dev.threadlab.testing.WsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Functional: the explorer and scheduler mode over HTTP and WebSocket, on a real server on port 0. */
@Timeout(120)
class ExplorationsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    private static String preset(String id) {
        return server.get("/api/presets/" + id).body();
    }

    /** Two workers, one read-call-write each, no lock: counter 1 or 2. */
    private static final String LOST_UPDATE_2X1 = """
            {"schema": 1, "runtime": {"model": "gil"},
             "objects": [{"id": "counter", "type": "int", "value": 0}, {"id": "go", "type": "Event"}],
             "threads": [{"id": "main", "body": [{"op": "set", "target": "go"}]},
                         {"id": "w", "count": 2, "body": [{"op": "wait", "target": "go"},
                            {"op": "read", "target": "counter", "as": "tmp"}, {"op": "compute", "ms": 1},
                            {"op": "write", "target": "counter", "value": "tmp + 1"}]}],
             "lesson": {"id": "t", "expect": [
               {"grade": "forbidden", "when": {"variables": {"counter": 1}}, "description": "lost"},
               {"grade": "acceptable", "when": {"variables": {"counter": 2}}, "description": "fine"}],
               "schedulerGoal": {"description": "make the counter end at 1", "when": {"variables": {"counter": 1}}}}}
            """;

    @Test
    void explore_answers_every_outcome_graded_forbidden_first_with_a_replayable_witness() {
        var res = server.post("/api/explore", "{\"scenario\": " + LOST_UPDATE_2X1 + "}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        JsonNode e = json(res.body());
        assertThat(e.get("complete").asBoolean()).isTrue();
        assertThat(e.get("stoppedBy").isNull()).isTrue();
        assertThat(e.get("timing").asString()).as("every timing CPython permits, by default").isEqualTo("any");
        JsonNode outcomes = e.get("outcomes");
        assertThat(outcomes).hasSize(2);
        JsonNode bad = outcomes.get(0);
        assertThat(bad.get("grade").get("grade").asString()).isEqualTo("forbidden");
        assertThat(bad.get("variables").get("counter").asLong()).isEqualTo(1);
        assertThat(bad.get("preemptions")).as("a lost update needs a thread switched out between its read and write")
                .isNotEmpty();
        assertThat(bad.get("preemptionMarks")).hasSameSizeAs(bad.get("preemptions"));
        assertThat(bad.get("preemptionMarks").get(0).get("thread").asString()).startsWith("w-");
        assertThat(bad.get("lostUpdates").get("counter").asLong()).isEqualTo(1);

        var run = server.post("/api/runs", "{\"scenario\": " + LOST_UPDATE_2X1 + ", \"exploring\": true, \"timing\": "
                + "\"any\", \"schedule\": " + bad.get("witness") + "}");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(201);
        assertThat(json(run.body()).get("variables").get("counter").asLong()).isEqualTo(1);
    }

    /**
     * Under any timing a witness's replay counts steps, not the program's durations, so a lesson's time conditions
     * are not judged: the non-daemon saver's ten chunks are "acceptable" (at least 1 s), not "forbidden".
     */
    @Test
    void any_timing_grades_outcomes_without_judging_durations() {
        var res = server.post("/api/explore", "{\"scenario\": " + preset("non-daemon-waited-for") + "}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        JsonNode outcomes = json(res.body()).get("outcomes");
        assertThat(outcomes).isNotEmpty().allSatisfy(o -> {
            assertThat(o.get("variables").get("saved").asLong()).isEqualTo(10);
            assertThat(o.get("grade").get("grade").asString()).isEqualTo("acceptable");
        });
    }

    @Test
    void explore_says_plainly_which_bound_stopped_it() {
        var res = server.post("/api/explore", "{\"scenario\": " + preset("lost-update") + ", \"maxSchedules\": 5}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        JsonNode e = json(res.body());
        assertThat(e.get("complete").asBoolean()).isFalse();
        assertThat(e.get("stoppedBy").asString()).isEqualTo("schedules");
        assertThat(e.get("schedules").asLong()).isEqualTo(5);
    }

    @Test
    void explore_rejects_unknown_keys_and_bad_bounds() {
        var res = server.post("/api/explore", "{\"scenario\": " + LOST_UPDATE_2X1 + ", \"maxMilis\": 5}");
        assertThat(res.statusCode()).isEqualTo(422);
        res = server.post("/api/explore", "{\"scenario\": " + LOST_UPDATE_2X1 + ", \"maxMillis\": 0}");
        assertThat(res.statusCode()).isEqualTo(422);
    }

    @Test
    void a_long_exploration_reports_progress_over_the_websocket_then_its_result() {
        var res = server.post("/api/explorations", "{\"scenario\": " + preset("lost-update") + "}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
        String id = json(res.body()).get("id").asString();
        try (WsClient ws = WsClient.connect(server.client(), server.wsUri("/ws/explorations/" + id))) {
            WsClient.Closed closed = ws.awaitClose(Duration.ofSeconds(90));
            assertThat(closed.code()).isEqualTo(1000);
            List<String> messages = new ArrayList<>(ws.messages());
            JsonNode end = json(messages.getLast());
            assertThat(end.get("type").asString()).isEqualTo("end");
            JsonNode result = end.get("exploration").get("result");
            assertThat(end.get("exploration").get("state").asString()).isEqualTo("done");
            assertThat(result.get("outcomes").size()).isGreaterThan(1);
            messages.stream().limit(messages.size() - 1).map(ExplorationsApiTest::json)
                    .forEach(m -> assertThat(m.get("type").asString()).isEqualTo("progress"));
        }
        assertThat(json(server.get("/api/explorations/" + id).body()).get("state").asString()).isEqualTo("done");
    }

    @Test
    void delete_cancels_an_exploration_and_keeps_its_partial_result() {
        String big = preset("lost-update").replace("\"times\": 5", "\"times\": 40");
        var res = server.post("/api/explorations", "{\"scenario\": " + big + ", \"maxSchedules\": 5000000}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
        String id = json(res.body()).get("id").asString();
        var del = server.send(HttpRequest.newBuilder(server.uri("/api/explorations/" + id)).DELETE().build());
        assertThat(del.statusCode()).isEqualTo(202);
        WsClient.await(Duration.ofSeconds(30),
                () -> !json(server.get("/api/explorations/" + id).body()).get("state").asString().equals("running"));
        JsonNode status = json(server.get("/api/explorations/" + id).body());
        assertThat(status.get("state").asString()).isEqualTo("cancelled");
        assertThat(status.get("result").get("stoppedBy").asString()).isEqualTo("cancelled");
        assertThat(server.get("/api/explorations/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void a_running_exploration_stays_findable_however_many_short_ones_finish_after_it() {
        String big = """
                {"schema":1,"objects":[{"id":"counter","type":"int","value":0}],
                 "threads":[{"id":"worker","count":6,"body":[{"op":"repeat","times":3,"body":[
                   {"op":"read","target":"counter","as":"tmp"},{"op":"compute","ms":1},
                   {"op":"write","target":"counter","value":"tmp + 1"}]}]}]}""";
        var res = server.post("/api/explorations", "{\"scenario\": " + big + ", \"maxSchedules\": 5000000}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
        String longOne = json(res.body()).get("id").asString();
        try {
            for (int i = 0; i < ExplorationJobs.KEPT + 8; i++) {
                var shortOne = server.post("/api/explorations", "{\"scenario\": " + LOST_UPDATE_2X1 + "}");
                assertThat(shortOne.statusCode()).as(shortOne.body()).isEqualTo(202);
                String id = json(shortOne.body()).get("id").asString();
                WsClient.await(Duration.ofSeconds(30), () -> !json(server.get("/api/explorations/" + id).body())
                        .get("state").asString().equals("running"));
            }

            var status = server.get("/api/explorations/" + longOne);
            assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
            assertThat(json(status.body()).get("state").asString()).isEqualTo("running");
        } finally {
            server.send(HttpRequest.newBuilder(server.uri("/api/explorations/" + longOne)).DELETE().build());
        }
    }

    @Test
    void you_are_the_scheduler_steps_choice_by_choice_to_the_lost_update_and_checks_the_goal() {
        // as a learner would: let the two workers take turns, so that both read before either writes
        List<Integer> schedule = new ArrayList<>();
        JsonNode step = json(server.post("/api/scheduler", "{\"scenario\": " + LOST_UPDATE_2X1 + "}").body());
        int guard = 0;
        String last = "";
        while (step.get("choice") != null && !step.get("choice").isNull() && guard++ < 50) {
            JsonNode candidates = step.get("choice").get("candidates");
            assertThat(candidates.size()).isGreaterThanOrEqualTo(2);
            int pick = 0;
            for (JsonNode c : candidates) {
                String thread = c.get("thread").asString();
                if (thread.startsWith("w-") && (!thread.equals(last) || pick == 0 && !candidates.get(0).get("thread")
                        .asString().startsWith("w-"))) {
                    pick = c.get("index").asInt();
                    if (!thread.equals(last)) {
                        break;
                    }
                }
            }
            last = candidates.get(pick).get("thread").asString();
            schedule.add(pick);
            step = json(server.post("/api/scheduler", "{\"scenario\": " + LOST_UPDATE_2X1 + ", \"schedule\": "
                    + schedule + "}").body());
            assertThat(step.get("position").asInt()).isEqualTo(schedule.size());
        }
        assertThat(step.get("run").get("variables").get("counter").asLong()).isEqualTo(1);
        assertThat(step.get("goal").get("reached").asBoolean()).isTrue();
        assertThat(step.get("run").get("runId").asString()).isNotBlank();
    }

    @Test
    void while_choosing_the_run_so_far_is_the_start_of_the_run_the_choices_lead_to() {
        List<Integer> schedule = new ArrayList<>();
        List<JsonNode> soFars = new ArrayList<>();
        JsonNode step = json(server.post("/api/scheduler", "{\"scenario\": " + LOST_UPDATE_2X1 + "}").body());
        for (int guard = 0; step.get("choice") != null && !step.get("choice").isNull() && guard < 50; guard++) {
            soFars.add(step.get("soFar"));
            int last = step.get("choice").get("candidates").size() - 1;   // not the default answer: the run changes
            schedule.add(schedule.size() % 2 == 0 ? last : 0);
            step = json(server.post("/api/scheduler", "{\"scenario\": " + LOST_UPDATE_2X1 + ", \"schedule\": "
                    + schedule + "}").body());
        }
        assertThat(soFars).hasSizeGreaterThan(2);
        JsonNode finalEvents = json(server.get("/api/runs/" + step.get("run").get("runId").asString()
                + "/events?from=0&limit=5000").body()).get("events");
        long previous = -1;
        for (JsonNode soFar : soFars) {
            long events = soFar.get("events").asLong();
            assertThat(events).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(finalEvents.size());
            previous = events;
            JsonNode shown = json(server.get("/api/runs/" + soFar.get("runId").asString() + "/events?from=0&limit="
                    + Math.max(1, events)).body()).get("events");
            for (int i = 0; i < events; i++) {
                assertThat(shown.get(i)).as("event %d of the run so far at %s", i, soFar).isEqualTo(finalEvents.get(i));
            }
            assertThat(soFar.get("atUs").asLong()).isGreaterThanOrEqualTo(
                    events == 0 ? 0 : finalEvents.get((int) events - 1).get("t").asLong());
        }
    }

    @Test
    void a_cancel_message_on_the_websocket_stops_the_exploration() {
        String big = preset("lost-update").replace("\"times\": 5", "\"times\": 40");
        var res = server.post("/api/explorations", "{\"scenario\": " + big + ", \"maxSchedules\": 5000000}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
        String id = json(res.body()).get("id").asString();
        try (WsClient ws = WsClient.connect(server.client(), server.wsUri("/ws/explorations/" + id))) {
            ws.send("{\"type\": \"cancel\"}");
            assertThat(ws.awaitClose(Duration.ofSeconds(30)).code()).isEqualTo(1000);
            JsonNode end = json(ws.messages().getLast());
            assertThat(end.get("exploration").get("state").asString()).isEqualTo("cancelled");
            assertThat(end.get("exploration").get("result").get("stoppedBy").asString()).isEqualTo("cancelled");
        }
    }

    @Test
    void an_unknown_exploration_closes_the_websocket_with_4404() {
        try (WsClient ws = WsClient.connect(server.client(), server.wsUri("/ws/explorations/nope"))) {
            assertThat(ws.awaitClose(Duration.ofSeconds(10)).code()).isEqualTo(4404);
        }
    }
}
