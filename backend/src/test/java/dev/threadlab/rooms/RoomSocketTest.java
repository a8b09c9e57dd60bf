package dev.threadlab.rooms;

import dev.threadlab.rooms.RoomTesting.Room;
import dev.threadlab.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static dev.threadlab.rooms.RoomTesting.SCENARIO;
import static org.assertj.core.api.Assertions.assertThat;

/** Joining, presenting and permissions, with real WebSocket clients against a real server. */
@Timeout(60)
class RoomSocketTest {

    @RegisterExtension
    static final TestServer server = RoomTesting.perClass(RoomTesting.relaxedJoins());

    @Test
    void a_student_joins_with_a_name_and_gets_the_room_state_at_once() {
        Room room = RoomTesting.createRoom(server);
        try (RoomClient ada = RoomClient.student(server.port(), room.code(), "Ada")) {
            JsonNode state = ada.await("RoomState");
            assertThat(state.get("code").asString()).isEqualTo(room.code());
            assertThat(state.get("title").asString()).isEqualTo("Period 3");
            assertThat(state.get("status").asString()).isEqualTo("open");
            assertThat(state.at("/you/role").asString()).isEqualTo("student");
            assertThat(state.at("/you/name").asString()).isEqualTo("Ada");
            assertThat(state.at("/you/resumeToken").asString()).hasSize(22);
            assertThat(state.get("roster").isNull()).isTrue();
            assertThat(state.at("/playback/mode").asString()).isEqualTo("follow");
        }
    }

    @Test
    void the_code_is_read_leniently_lower_case_and_without_the_dash() {
        Room room = RoomTesting.createRoom(server);
        String typed = room.code().replace("-", "").toLowerCase();
        try (RoomClient ada = RoomClient.student(server.port(), typed, "Ada")) {
            assertThat(ada.await("RoomState").get("code").asString()).isEqualTo(room.code());
        }
    }

    @Test
    void the_teacher_sees_the_roster_and_raised_hands() {
        Room room = RoomTesting.createRoom(server);
        try (RoomClient teacher = RoomClient.teacher(server.port(), room.code(), room.teacherToken());
             RoomClient ada = RoomClient.student(server.port(), room.code(), "Ada <b>")) {
            teacher.await("RoomState");
            String adaId = ada.await("RoomState").at("/you/memberId").asString();
            teacher.await(m -> "RosterChanged".equals(m.path("type").asString())
                    && m.get("memberCount").asInt() == 1, "a roster with Ada");
            ada.send("{\"type\":\"RaiseHand\"}");
            JsonNode hand = teacher.await("HandRaised");
            assertThat(hand.get("memberId").asString()).isEqualTo(adaId);
            assertThat(hand.get("name").asString()).isEqualTo("Ada <b>");
        }
    }

    @Test
    void a_late_joiner_gets_the_scenario_and_the_playback_state() {
        Room room = RoomTesting.createRoom(server);
        try (RoomClient teacher = RoomClient.teacher(server.port(), room.code(), room.teacherToken())) {
            teacher.await("RoomState");
            teacher.send("{\"type\":\"LoadScenario\",\"scenario\":" + SCENARIO + "}");
            teacher.await("ScenarioLoaded");
            teacher.send("{\"type\":\"Run\",\"runId\":\"run-42\"}");
            teacher.send("{\"type\":\"Seek\",\"positionUs\":1500,\"seq\":17}");
            teacher.send("{\"type\":\"SetSpeed\",\"speed\":0.5}");
            teacher.await(m -> "PlaybackChanged".equals(m.path("type").asString())
                    && m.at("/playback/speed").asDouble() == 0.5, "speed 0.5");

            try (RoomClient late = RoomClient.student(server.port(), room.code(), "Late")) {
                JsonNode state = late.await("RoomState");
                assertThat(state.at("/scenario/title").asString()).isEqualTo("Lost update");
                assertThat(state.at("/playback/runId").asString()).isEqualTo("run-42");
                assertThat(state.at("/playback/positionUs").asLong()).isEqualTo(1500);
                assertThat(state.at("/playback/seq").asLong()).isEqualTo(17);
                assertThat(state.at("/playback/playing").asBoolean()).isFalse();
                assertThat(state.get("serverTime").asLong()).isPositive();
            }
        }
    }

    @Test
    void a_teacher_seek_reaches_every_student() {
        Room room = RoomTesting.createRoom(server);
        List<RoomClient> students = new ArrayList<>();
        try (RoomClient teacher = RoomClient.teacher(server.port(), room.code(), room.teacherToken())) {
            teacher.await("RoomState");
            for (int i = 0; i < 5; i++) {
                students.add(RoomClient.student(server.port(), room.code(), "Student " + i));
                students.getLast().await("RoomState");
            }
            teacher.send("{\"type\":\"Seek\",\"positionUs\":123456}");
            for (RoomClient s : students) {
                JsonNode changed = s.await("PlaybackChanged");
                assertThat(changed.at("/playback/positionUs").asLong()).isEqualTo(123456);
            }
        } finally {
            students.forEach(RoomClient::close);
        }
    }

    @Test
    void a_student_cannot_give_teacher_commands_and_nothing_changes() {
        Room room = RoomTesting.createRoom(server);
        try (RoomClient teacher = RoomClient.teacher(server.port(), room.code(), room.teacherToken());
             RoomClient mallory = RoomClient.student(server.port(), room.code(), "Mallory");
             RoomClient bob = RoomClient.student(server.port(), room.code(), "Bob")) {
            teacher.await("RoomState");
            mallory.await("RoomState");
            bob.await("RoomState");
            for (String command : List.of("{\"type\":\"Seek\",\"positionUs\":999}", "{\"type\":\"Lock\"}",
                    "{\"type\":\"Revoke\"}", "{\"type\":\"End\"}", "{\"type\":\"Play\"}")) {
                mallory.send(command);
                JsonNode error = mallory.await("Error");
                assertThat(error.get("code").asString()).isEqualTo("forbidden");
            }
            // A marker from the teacher: everything before it has been handled, and nobody saw a change.
            teacher.send("{\"type\":\"SetMode\",\"mode\":\"free\"}");
            JsonNode marker = bob.await("PlaybackChanged");
            assertThat(marker.at("/playback/mode").asString()).isEqualTo("free");
            assertThat(marker.at("/playback/positionUs").asLong()).isZero();
            assertThat(marker.at("/playback/playing").asBoolean()).isFalse();
            // everything Bob received, awaited or not: his state and the marker, nothing a refused command caused
            assertThat(bob.received()).extracting(m -> m.path("type").asString())
                    .containsExactly("RoomState", "PlaybackChanged");
        }
    }

    @Test
    void a_wrong_teacher_token_is_refused() {
        Room room = RoomTesting.createRoom(server);
        try (RoomClient impostor = RoomClient.teacher(server.port(), room.code(), "AAAAAAAAAAAAAAAAAAAAAA")) {
            assertThat(impostor.await("Error").get("code").asString()).isEqualTo("bad-teacher-token");
            assertThat(impostor.awaitClose().code()).isEqualTo(CloseCodes.FORBIDDEN);
        }
    }

    @Test
    void an_invalid_name_or_unknown_room_is_refused_with_a_reason() {
        Room room = RoomTesting.createRoom(server);
        try (RoomClient blank = RoomClient.student(server.port(), room.code(), "   ");
             RoomClient control = RoomClient.student(server.port(), room.code(), "evil\u202Eman");
             RoomClient nowhere = RoomClient.student(server.port(), "ZZZZ-ZZZZ", "Ada")) {
            assertThat(blank.awaitClose().code()).isEqualTo(CloseCodes.BAD_REQUEST);
            assertThat(control.awaitClose()).satisfies(c -> {
                assertThat(c.code()).isEqualTo(CloseCodes.BAD_REQUEST);
                assertThat(c.reason()).contains("control or invisible");
            });
            assertThat(nowhere.awaitClose().code()).isEqualTo(CloseCodes.NOT_FOUND);
        }
    }

    @Test
    void a_malformed_message_is_answered_with_an_error_and_the_connection_stays() {
        Room room = RoomTesting.createRoom(server);
        try (RoomClient ada = RoomClient.student(server.port(), room.code(), "Ada")) {
            ada.await("RoomState");
            ada.send("{not json");
            assertThat(ada.await("Error").get("code").asString()).isEqualTo("bad-message");
            ada.send("{\"type\":\"Teleport\"}");
            assertThat(ada.await("Error").get("message").asString()).contains("Teleport");
            ada.send("{\"type\":\"RaiseHand\"}");
            ada.await("HandRaised");
            assertThat(ada.isClosed()).isFalse();
        }
    }

    @Test
    void a_reconnecting_student_resumes_as_the_same_member_with_the_current_state() {
        Room room = RoomTesting.createRoom(server);
        try (RoomClient teacher = RoomClient.teacher(server.port(), room.code(), room.teacherToken())) {
            teacher.await("RoomState");
            String memberId;
            String resume;
            try (RoomClient ada = RoomClient.student(server.port(), room.code(), "Ada")) {
                JsonNode state = ada.await("RoomState");
                memberId = state.at("/you/memberId").asString();
                resume = state.at("/you/resumeToken").asString();
            }
            teacher.send("{\"type\":\"Seek\",\"positionUs\":777}");
            teacher.await("PlaybackChanged");
            try (RoomClient again = RoomClient.resume(server.port(), room.code(), resume)) {
                JsonNode state = again.await("RoomState");
                assertThat(state.at("/you/memberId").asString()).isEqualTo(memberId);
                assertThat(state.at("/you/name").asString()).isEqualTo("Ada");
                assertThat(state.at("/playback/positionUs").asLong()).isEqualTo(777);
            }
        }
    }

    @Test
    void ending_makes_the_room_read_only_and_revoking_closes_everyone() {
        Room room = RoomTesting.createRoom(server);
        try (RoomClient teacher = RoomClient.teacher(server.port(), room.code(), room.teacherToken());
             RoomClient ada = RoomClient.student(server.port(), room.code(), "Ada")) {
            teacher.await("RoomState");
            ada.await("RoomState");
            teacher.send("{\"type\":\"End\"}");
            ada.await("RoomEnded");
            ada.send("{\"type\":\"RaiseHand\"}");
            assertThat(ada.await("Error").get("code").asString()).isEqualTo("ended");
            teacher.send("{\"type\":\"Seek\",\"positionUs\":5}");
            assertThat(teacher.await("Error").get("code").asString()).isEqualTo("ended");

            teacher.send("{\"type\":\"Revoke\"}");
            ada.await("RoomRevoked");
            assertThat(ada.awaitClose().code()).isEqualTo(CloseCodes.NOT_FOUND);
            assertThat(server.get("/api/rooms/" + room.code()).statusCode()).isEqualTo(404);
        }
        try (RoomClient late = RoomClient.student(server.port(), room.code(), "Late")) {
            assertThat(late.awaitClose().code()).isEqualTo(CloseCodes.NOT_FOUND);
        }
    }
}
