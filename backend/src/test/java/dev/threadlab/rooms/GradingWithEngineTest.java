package dev.threadlab.rooms;

import dev.threadlab.rooms.RoomTesting.Room;
import dev.threadlab.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Submissions graded by the real engine, end to end through the room's WebSocket. */
@Timeout(60)
class GradingWithEngineTest {

    private static final String ATOMIC = """
            {"schema":1,"title":"Atomic","objects":[{"id":"counter","type":"int","value":0}],
             "threads":[{"id":"worker","count":2,"body":[{"op":"increment","target":"counter"}]}]}""";
    private static final String RACY = """
            {"schema":1,"title":"Racy","objects":[{"id":"counter","type":"int","value":0}],
             "threads":[{"id":"worker","count":2,"body":[{"op":"read","target":"counter","as":"tmp"},
               {"op":"io","ms":1},{"op":"write","target":"counter","value":"tmp + 1"}]}]}""";

    @RegisterExtension
    static final TestServer server = RoomTesting.perClass(RoomTesting.relaxedJoins());

    private static JsonNode verdictFor(String goal, String submitted) {
        Room room = RoomTesting.createRoom(server);
        try (RoomClient teacher = RoomClient.teacher(server.port(), room.code(), room.teacherToken());
             RoomClient ada = RoomClient.student(server.port(), room.code(), "Ada")) {
            teacher.await("RoomState");
            ada.await("RoomState");
            teacher.send("{\"type\":\"PoseChallenge\",\"scenario\":" + RACY + ",\"goal\":" + goal + "}");
            ada.await("ChallengePosed");
            ada.send("{\"type\":\"Submit\",\"scenario\":" + submitted + "}");
            JsonNode graded = teacher.await("SubmissionGraded").at("/submission/verdict");
            assertThat(ada.await("SubmissionGraded").at("/submission/verdict")).isEqualTo(graded);
            return graded;
        }
    }

    @Test
    void atomic_increments_lose_no_update_under_every_schedule() {
        JsonNode verdict = verdictFor("{\"kind\":\"noLostUpdates\"}", ATOMIC);
        assertThat(verdict.get("status").asString()).as(verdict.toString()).isEqualTo("passed");
        assertThat(verdict.get("method").asString()).startsWith("all ");
    }

    @Test
    void a_read_then_io_then_write_loses_updates_in_some_schedule() {
        JsonNode verdict = verdictFor("{\"kind\":\"variableEquals\",\"name\":\"counter\",\"value\":2}", RACY);
        assertThat(verdict.get("status").asString()).as(verdict.toString()).isEqualTo("failed");
        assertThat(verdict.get("explanation").asString()).contains("counter ended as 1, not 2");
    }

    /**
     * Issue 12: two threads started 110 µs apart whose read-call-write takes 1 ms of computing never overlap on the
     * simulated clock, so one run (and the old, simulated exploration) said "no lost updates"; CPython may stall the
     * first thread anywhere, and the explorer's any timing finds the lost update.
     */
    @Test
    void a_read_then_a_short_call_then_write_is_graded_by_every_timing_not_by_the_simulated_clock() {
        String shortCall = RACY.replace("{\"op\":\"io\",\"ms\":1}", "{\"op\":\"compute\",\"ms\":1}");
        JsonNode verdict = verdictFor("{\"kind\":\"noLostUpdates\"}", shortCall);
        assertThat(verdict.get("status").asString()).as(verdict.toString()).isEqualTo("failed");
        assertThat(verdict.get("explanation").asString()).contains("Updates were lost");
    }

    @Test
    void an_invalid_submission_gets_an_error_verdict_naming_the_problem() {
        String typo = RACY.replace("\"target\":\"counter\",\"as\"", "\"target\":\"countr\",\"as\"");
        JsonNode verdict = verdictFor("{\"kind\":\"noDeadlock\"}", typo);
        assertThat(verdict.get("status").asString()).isEqualTo("error");
        assertThat(verdict.get("explanation").asString()).contains("countr");
    }

    @Test
    void a_verdict_for_an_earlier_challenge_does_not_land_on_the_next_one() {
        // many schedules to explore: it keeps the one grader busy while Ada's submission waits behind it
        String busy = RACY.replace("\"count\":2", "\"count\":5");
        Room room = RoomTesting.createRoom(server);
        try (RoomClient teacher = RoomClient.teacher(server.port(), room.code(), room.teacherToken());
             RoomClient bob = RoomClient.student(server.port(), room.code(), "Bob");
             RoomClient ada = RoomClient.student(server.port(), room.code(), "Ada")) {
            teacher.await("RoomState");
            bob.await("RoomState");
            ada.await("RoomState");
            teacher.send("{\"type\":\"PoseChallenge\",\"scenario\":" + RACY + ",\"goal\":{\"kind\":\"noLostUpdates\"}}");
            ada.await("ChallengePosed");
            bob.await("ChallengePosed");
            bob.send("{\"type\":\"Submit\",\"scenario\":" + busy + "}");
            ada.send("{\"type\":\"Submit\",\"scenario\":" + ATOMIC + "}");
            String first = ada.await("SubmissionReceived").at("/submission/id").asString();
            teacher.send("{\"type\":\"PoseChallenge\",\"scenario\":" + RACY + ",\"goal\":{\"kind\":\"noDeadlock\"}}");
            ada.await("ChallengePosed");
            ada.send("{\"type\":\"Submit\",\"scenario\":" + ATOMIC + "}");
            String second = ada.await("SubmissionReceived").at("/submission/id").asString();
            // one grader, in order: once the second is graded, the first one was too
            ada.await(m -> "SubmissionGraded".equals(m.path("type").asString())
                    && second.equals(m.at("/submission/id").asString()), "the second verdict");

            for (RoomClient c : List.of(ada, teacher)) {
                List<JsonNode> received = c.received();
                int posed = received.indexOf(RoomTesting.ofType(received, "ChallengePosed").getLast());
                assertThat(received.subList(posed, received.size()))
                        .noneMatch(m -> first.equals(m.at("/submission/id").asString()));
            }
        }
    }

    @Test
    void the_teacher_can_run_a_scenario_for_the_room() {
        Room room = RoomTesting.createRoom(server);
        try (RoomClient teacher = RoomClient.teacher(server.port(), room.code(), room.teacherToken());
             RoomClient ada = RoomClient.student(server.port(), room.code(), "Ada")) {
            teacher.await("RoomState");
            ada.await("RoomState");
            teacher.send("{\"type\":\"Run\",\"scenario\":" + ATOMIC + "}");
            JsonNode loaded = ada.await("ScenarioLoaded");
            String runId = loaded.at("/playback/runId").asString();
            assertThat(runId).isNotBlank();
            assertThat(server.get("/api/runs/" + runId).statusCode()).isEqualTo(200);
        }
    }
}
