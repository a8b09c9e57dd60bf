package dev.threadlab.rooms;

import dev.threadlab.rooms.RoomTesting.Room;
import dev.threadlab.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Locking, the member limit, join rate limiting, floods and oversized messages, each on its own server. */
@Timeout(60)
class RoomLimitsTest {

    @Test
    void a_locked_room_refuses_new_students_but_lets_known_ones_back() {
        try (TestServer server = RoomTesting.startWith(RoomTesting.relaxedJoins())) {
            Room room = RoomTesting.createRoom(server);
            try (RoomClient teacher = RoomClient.teacher(server.port(), room.code(), room.teacherToken())) {
                teacher.await("RoomState");
                String resume;
                try (RoomClient ada = RoomClient.student(server.port(), room.code(), "Ada")) {
                    resume = ada.await("RoomState").at("/you/resumeToken").asString();
                }
                teacher.send("{\"type\":\"Lock\"}");
                teacher.await("RoomLocked");
                try (RoomClient newcomer = RoomClient.student(server.port(), room.code(), "Newcomer")) {
                    assertThat(newcomer.await("Error").get("message").asString()).contains("locked");
                    assertThat(newcomer.awaitClose().code()).isEqualTo(CloseCodes.LOCKED);
                }
                try (RoomClient ada = RoomClient.resume(server.port(), room.code(), resume)) {
                    assertThat(ada.await("RoomState").get("status").asString()).isEqualTo("locked");
                }
            }
        }
    }

    @Test
    void the_member_limit_refuses_one_more_with_a_clear_message() {
        Map<String, String> limits = Map.of("LAB_ROOM_MAX_MEMBERS", "3");
        try (TestServer server = RoomTesting.startWith(limits)) {
            Room room = RoomTesting.createRoom(server);
            List<RoomClient> students = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    students.add(RoomClient.student(server.port(), room.code(), "S" + i));
                    students.getLast().await("RoomState");
                }
                try (RoomClient fourth = RoomClient.student(server.port(), room.code(), "S3")) {
                    assertThat(fourth.await("Error").get("message").asString())
                            .isEqualTo("This room is full: it has its maximum of 3 members.");
                    assertThat(fourth.awaitClose().code()).isEqualTo(CloseCodes.FULL);
                }
                // The teacher is not a member and always gets in.
                try (RoomClient teacher = RoomClient.teacher(server.port(), room.code(), room.teacherToken())) {
                    assertThat(teacher.await("RoomState").get("memberCount").asInt()).isEqualTo(3);
                }
            } finally {
                students.forEach(RoomClient::close);
            }
        }
    }

    @Test
    void a_student_coming_back_to_a_full_room_replaces_their_earlier_connection() {
        try (TestServer server = RoomTesting.startWith(Map.of("LAB_ROOM_MAX_MEMBERS", "2"))) {
            Room room = RoomTesting.createRoom(server);
            try (RoomClient ada = RoomClient.student(server.port(), room.code(), "Ada");
                 RoomClient bob = RoomClient.student(server.port(), room.code(), "Bob")) {
                JsonNode state = ada.await("RoomState");
                bob.await("RoomState");
                try (RoomClient adaAgain = RoomClient.resume(server.port(), room.code(),
                        state.at("/you/resumeToken").asString())) {
                    JsonNode again = adaAgain.await("RoomState");
                    assertThat(again.at("/you/memberId").asString()).isEqualTo(state.at("/you/memberId").asString());
                    assertThat(again.get("memberCount").asInt()).isEqualTo(2);
                    assertThat(ada.awaitClose().code()).isEqualTo(CloseCodes.REPLACED);
                }
            }
        }
    }

    @Test
    void the_ui_names_each_browser_so_browsers_are_limited_one_by_one() {
        Map<String, String> limits = Map.of("LAB_ROOM_FAILED_JOINS_PER_MINUTE", "3", "LAB_ROOMS_PER_MINUTE", "1");
        try (TestServer server = RoomTesting.startWith(limits)) {
            Room room = RoomTesting.createRoom(server); // from 127.0.0.1 itself: its one room this minute
            for (int i = 0; i < 3; i++) {
                assertThat(server.send(fromBrowser(server, "/api/rooms/ZZZZ-ZZZZ", "203.0.113.5").GET().build())
                        .statusCode()).isEqualTo(404);
            }
            HttpResponse<String> guesser = server.send(
                    fromBrowser(server, "/api/rooms/" + room.code(), "203.0.113.5").GET().build());
            assertThat(guesser.statusCode()).isEqualTo(429);
            assertThat(guesser.body()).contains("name no room");
            // another browser behind the same UI is not limited by the first one's misses
            assertThat(server.send(fromBrowser(server, "/api/rooms/" + room.code(), "203.0.113.6").GET().build())
                    .statusCode()).isEqualTo(200);
            // nor by the rooms other browsers (or the server's own address) created
            assertThat(server.send(fromBrowser(server, "/api/rooms", "203.0.113.7")
                    .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(201);
            assertThat(server.send(fromBrowser(server, "/api/rooms", "203.0.113.7")
                    .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(429);
            // without the UI's key the header is not believed: the request counts for its own address
            HttpResponse<String> spoofed = server.send(HttpRequest.newBuilder(server.uri("/api/rooms"))
                    .header(ClientAddress.HEADER, "203.0.113.8").POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(spoofed.statusCode()).isEqualTo(429);
            assertThat(spoofed.body()).contains("at most 1 a minute");
        }
    }

    private static HttpRequest.Builder fromBrowser(TestServer server, String path, String browser) {
        return HttpRequest.newBuilder(server.uri(path)).header(ClientAddress.HEADER, browser)
                .header(ClientAddress.KEY_HEADER, ClientAddress.key());
    }

    @Test
    void past_the_limit_of_all_joins_the_refusal_says_so_and_not_that_codes_were_wrong() {
        Map<String, String> limits = Map.of("LAB_ROOM_JOINS_PER_MINUTE", "2");
        try (TestServer server = RoomTesting.startWith(limits)) {
            Room room = RoomTesting.createRoom(server);
            for (int i = 0; i < 2; i++) {
                try (RoomClient ada = RoomClient.student(server.port(), room.code(), "Ada")) {
                    ada.await("RoomState");
                }
            }
            try (RoomClient third = RoomClient.student(server.port(), room.code(), "Ada")) {
                JsonNode error = third.await("Error");
                assertThat(error.get("code").asString()).isEqualTo("too-many-joins");
                assertThat(error.get("message").asString()).contains("at most 2 a minute")
                        .doesNotContain("no room");
                assertThat(third.awaitClose().code()).isEqualTo(CloseCodes.TOO_MANY);
            }
        }
    }

    @Test
    void guesses_are_rate_limited_per_address_and_then_even_a_valid_code_is_refused() {
        Map<String, String> limits = Map.of("LAB_ROOM_FAILED_JOINS_PER_MINUTE", "5");
        try (TestServer server = RoomTesting.startWith(limits)) {
            Room room = RoomTesting.createRoom(server);
            for (int i = 0; i < 12; i++) { // valid joins do not use up the budget of misses
                try (RoomClient ada = RoomClient.student(server.port(), room.code(), "Ada")) {
                    ada.await("RoomState");
                }
            }
            for (int i = 0; i < 3; i++) {
                try (RoomClient guess = RoomClient.student(server.port(), "ABCD-EF" + (i + 2) + "Z", "Guesser")) {
                    assertThat(guess.awaitClose().code()).isEqualTo(CloseCodes.NOT_FOUND);
                }
            }
            assertThat(server.get("/api/rooms/ABCD-EFGH").statusCode()).isEqualTo(404);
            try (RoomClient wrongToken = RoomClient.teacher(server.port(), room.code(), "guessguessguessguessgu")) {
                assertThat(wrongToken.awaitClose().code()).isEqualTo(CloseCodes.FORBIDDEN);
            }
            try (RoomClient valid = RoomClient.student(server.port(), room.code(), "Ada")) {
                assertThat(valid.await("Error").get("code").asString()).isEqualTo("too-many-joins");
                assertThat(valid.awaitClose().code()).isEqualTo(CloseCodes.TOO_MANY);
            }
            assertThat(server.get("/api/rooms/" + room.code()).statusCode()).isEqualTo(429);
        }
    }

    @Test
    void a_flooding_client_is_disconnected_while_the_others_still_receive() {
        try (TestServer server = RoomTesting.startWith(RoomTesting.relaxedJoins())) {
            Room room = RoomTesting.createRoom(server);
            try (RoomClient teacher = RoomClient.teacher(server.port(), room.code(), room.teacherToken());
                 RoomClient flood = RoomClient.student(server.port(), room.code(), "Flood");
                 RoomClient calm = RoomClient.student(server.port(), room.code(), "Calm")) {
                teacher.await("RoomState");
                flood.await("RoomState");
                calm.await("RoomState");
                for (int i = 0; i < 200 && !flood.isClosed(); i++) {
                    try {
                        flood.send("{\"type\":\"RaiseHand\"}");
                    } catch (RuntimeException closedMeanwhile) {
                        break;
                    }
                }
                RoomClient.Closed closed = flood.awaitClose();
                assertThat(closed.code()).isEqualTo(CloseCodes.TOO_MANY);
                assertThat(closed.reason()).startsWith("Too many messages");

                teacher.send("{\"type\":\"Seek\",\"positionUs\":42}");
                assertThat(calm.await("PlaybackChanged").at("/playback/positionUs").asLong()).isEqualTo(42);
                assertThat(calm.isClosed()).isFalse();
            }
        }
    }

    @Test
    void a_client_that_stops_reading_is_dropped_and_the_others_keep_receiving() throws Exception {
        Map<String, String> limits = new java.util.HashMap<>(RoomTesting.relaxedJoins());
        limits.put("LAB_ROOM_MAX_QUEUED_CHARS", "300000");
        try (TestServer server = RoomTesting.startWith(limits)) {
            Room room = RoomTesting.createRoom(server);
            // A raw client that upgrades and then never reads a byte: its socket buffers fill up.
            java.net.Socket stalled = new java.net.Socket();
            stalled.setReceiveBufferSize(4096);
            stalled.connect(new java.net.InetSocketAddress("127.0.0.1", server.port()));
            stalled.getOutputStream().write(("GET /ws/rooms/" + room.code() + "?name=Stalled HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            try (RoomClient teacher = RoomClient.teacher(server.port(), room.code(), room.teacherToken());
                 RoomClient calm = RoomClient.student(server.port(), room.code(), "Calm")) {
                teacher.await("RoomState");
                calm.await("RoomState");
                teacher.await(m -> "RosterChanged".equals(m.path("type").asString())
                        && m.get("memberCount").asInt() == 2, "both students in the roster");
                String big = "{\"schema\":1,\"title\":\"big\",\"notes\":\"" + "x".repeat(60_000) + "\"}";
                int sent = 0;
                // Fewer than the teacher's burst allowance (200), so the teacher is never the one dropped.
                while (sent < 150) {
                    teacher.send("{\"type\":\"LoadScenario\",\"scenario\":" + big + "}");
                    sent++;
                    calm.await("ScenarioLoaded");
                    teacher.await("ScenarioLoaded");
                }
                teacher.awaitEver(m -> "RosterChanged".equals(m.path("type").asString())
                        && m.get("memberCount").asInt() == 1, "the stalled client gone from the roster");
                teacher.send("{\"type\":\"Seek\",\"positionUs\":9}");
                assertThat(calm.await("PlaybackChanged").at("/playback/positionUs").asLong()).isEqualTo(9);
            } finally {
                stalled.close();
            }
        }
    }

    @Test
    void an_oversized_message_closes_only_that_connection() {
        try (TestServer server = RoomTesting.startWith(RoomTesting.relaxedJoins())) {
            Room room = RoomTesting.createRoom(server);
            try (RoomClient big = RoomClient.student(server.port(), room.code(), "Big");
                 RoomClient calm = RoomClient.student(server.port(), room.code(), "Calm")) {
                big.await("RoomState");
                calm.await("RoomState");
                big.send("{\"type\":\"Submit\",\"scenario\":{\"notes\":\"" + "x".repeat(70_000) + "\"}}");
                assertThat(big.awaitClose().code()).isEqualTo(1009);
                calm.send("{\"type\":\"RaiseHand\"}");
                calm.await("HandRaised");
            }
        }
    }
}
