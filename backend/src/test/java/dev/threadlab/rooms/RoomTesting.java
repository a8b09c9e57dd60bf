package dev.threadlab.rooms;

import dev.threadlab.testing.TestServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Helpers shared by the classroom's functional tests. */
final class RoomTesting {

    static final JsonMapper MAPPER = JsonMapper.builder().build();
    static final String SCENARIO = """
            {"schema":1,"title":"Lost update","objects":[{"id":"counter","type":"int","value":0}],
             "threads":[{"id":"worker","count":2,"body":[{"op":"increment","target":"counter"}]}]}""";

    private RoomTesting() {
    }

    record Room(String code, String teacherToken) {
    }

    static Room createRoom(TestServer server) {
        HttpResponse<String> response = server.post("/api/rooms", "{\"title\":\"Period 3\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = MAPPER.readTree(response.body());
        return new Room(body.get("code").asString(), body.get("teacherToken").asString());
    }

    /** Starts a server with some room limits changed (read once, when the server starts). */
    static TestServer startWith(Map<String, String> limits, Supplier<TestServer> start) {
        limits.forEach(System::setProperty);
        try {
            return start.get();
        } finally {
            limits.keySet().forEach(System::clearProperty);
        }
    }

    static Map<String, String> relaxedJoins() {
        return Map.of("LAB_ROOM_FAILED_JOINS_PER_MINUTE", "100000", "LAB_ROOMS_PER_MINUTE", "100000");
    }
}
