package dev.threadlab.rooms;

import dev.threadlab.runs.Simulation;
import dev.threadlab.server.LabSettings;
import dev.threadlab.testing.TestServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

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

    /** Starts a server on a fresh data directory with some room limits changed (variables as in the environment). */
    static TestServer startWith(Map<String, String> limits) {
        return startWith(limits, TestServer.tempDataDir());
    }

    /** As {@link #startWith(Map)}, on the given data directory (a restart). */
    static TestServer startWith(Map<String, String> limits, Path dataDir) {
        return TestServer.start(settings(limits, dataDir));
    }

    /** As {@link #startWith(Map)}, with runs simulated by {@code simulation}, several at once if asked. */
    static TestServer startWith(Map<String, String> limits, Simulation simulation) {
        LabSettings settings = settings(limits, TestServer.tempDataDir());
        return TestServer.start(settings.withLimits(settings.limits().withSimulationSlots(4,
                settings.limits().slotWaitMs())), simulation);
    }

    /** As {@link #startWith(Map)}, as a JUnit extension: started before the class's first test, stopped after. */
    static TestServer perClass(Map<String, String> limits) {
        return TestServer.perClass(() -> settings(limits, TestServer.tempDataDir()));
    }

    private static LabSettings settings(Map<String, String> limits, Path dataDir) {
        LabSettings settings = LabSettings.forTest(dataDir);
        return settings.withRooms(RoomLimits.from(settings.limits().maxWsMessageBytes(), limits::get));
    }

    /** Messages of this type among {@code messages}. */
    static java.util.List<JsonNode> ofType(java.util.List<JsonNode> messages, String type) {
        return messages.stream().filter(m -> type.equals(m.path("type").asString())).toList();
    }

    static Map<String, String> relaxedJoins() {
        return Map.of("LAB_ROOM_FAILED_JOINS_PER_MINUTE", "100000", "LAB_ROOMS_PER_MINUTE", "100000");
    }
}
