package dev.threadlab.rooms;

import dev.threadlab.testing.TestServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16, points 2 and 7 in rooms: a number out of range is a bad message, names that show nothing are refused. */
class RoomHardeningTest {

    @RegisterExtension
    static final TestServer server = RoomTesting.perClass(RoomTesting.relaxedJoins());

    @Test
    void a_message_with_a_huge_exponent_is_a_bad_message_and_the_connection_stays_open() {
        RoomTesting.Room room = RoomTesting.createRoom(server);
        try (RoomClient ada = RoomClient.student(server.port(), room.code(), "Ada")) {
            ada.await("RoomState");
            ada.send("{\"type\":\"Seek\",\"positionUs\":1e-2147483649}");

            JsonNode error = ada.await("Error");

            assertThat(error.get("code").asString()).isEqualTo("bad-message");
            assertThat(error.get("message").asString()).contains("number").doesNotContain("BigDecimal", "java.");
            ada.send("{\"type\":\"RaiseHand\"}");
            ada.await("HandRaised");
            assertThat(ada.isClosed()).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u3164", "\u115F", "\u2800", "\u034F", "\u3164\u3164", "Teacher", "teacher", "ＴＥＡＣＨＥＲ"})
    void a_name_that_shows_nothing_or_passes_for_the_teacher_is_refused(String name) {
        RoomTesting.Room room = RoomTesting.createRoom(server);
        try (RoomClient student = RoomClient.student(server.port(), room.code(), name)) {
            assertThat(student.awaitClose().code()).isEqualTo(CloseCodes.BAD_REQUEST);
        }
    }
}
