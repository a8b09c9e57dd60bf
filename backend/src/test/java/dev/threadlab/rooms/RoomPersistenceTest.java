package dev.threadlab.rooms;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.Decoder;
import dev.threadlab.rooms.RoomTesting.Room;
import dev.threadlab.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.threadlab.rooms.RoomTesting.SCENARIO;
import static org.assertj.core.api.Assertions.assertThat;

/** Creation over HTTP, the QR code, challenges and restarts. */
@Timeout(60)
class RoomPersistenceTest {

    @Test
    void creating_a_room_answers_code_token_and_links() {
        try (TestServer server = RoomTesting.startWith(RoomTesting.relaxedJoins())) {
            HttpResponse<String> response = server.post("/api/rooms", "");
            assertThat(response.statusCode()).isEqualTo(201);
            JsonNode body = RoomTesting.MAPPER.readTree(response.body());
            String code = body.get("code").asString();
            assertThat(code).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}");
            assertThat(body.get("teacherToken").asString()).matches("[A-Za-z0-9_-]{22}");
            assertThat(body.get("url").asString()).isEqualTo("/room/" + code);
            assertThat(body.get("teacherUrl").asString()).isEqualTo("/room/" + code + "?teacher="
                    + body.get("teacherToken").asString());
            JsonNode info = RoomTesting.MAPPER.readTree(server.get("/api/rooms/" + code).body());
            assertThat(info.get("title").asString()).isEqualTo("Classroom");
            assertThat(info.get("memberCount").asInt()).isZero();

            assertThat(server.post("/api/rooms", "{\"title\":\"a\\u0000b\"}").statusCode()).isEqualTo(422);
            assertThat(server.post("/api/rooms", "[1]").statusCode()).isEqualTo(400);
        }
    }

    @Test
    void the_qr_code_decodes_to_the_student_link() throws Exception {
        try (TestServer server = RoomTesting.startWith(RoomTesting.relaxedJoins())) {
            Room room = RoomTesting.createRoom(server);
            HttpResponse<String> svg = server.get("/api/rooms/" + room.code() + "/qr.svg");
            assertThat(svg.statusCode()).isEqualTo(200);
            assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("image/svg+xml"));
            assertThat(new Decoder().decode(matrixOf(svg.body())).getText())
                    .isEqualTo("http://127.0.0.1:" + server.port() + "/room/" + room.code());
            assertThat(server.get("/api/rooms/ZZZZ-ZZZZ/qr.svg").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void a_submission_is_graded_and_the_teacher_sees_it_and_can_open_it() {
        try (TestServer server = RoomTesting.startWith(RoomTesting.relaxedJoins())) {
            Room room = RoomTesting.createRoom(server);
            try (RoomClient teacher = RoomClient.teacher(server.port(), room.code(), room.teacherToken());
                 RoomClient ada = RoomClient.student(server.port(), room.code(), "Ada")) {
                teacher.await("RoomState");
                ada.await("RoomState");
                teacher.send("{\"type\":\"PoseChallenge\",\"scenario\":" + SCENARIO
                        + ",\"goal\":{\"kind\":\"variableEquals\",\"name\":\"counter\",\"value\":2}}");
                JsonNode posed = ada.await("ChallengePosed");
                assertThat(posed.at("/challenge/goal/kind").asString()).isEqualTo("variableEquals");
                ada.send("{\"type\":\"Submit\",\"scenario\":" + SCENARIO + "}");
                JsonNode received = teacher.await("SubmissionReceived");
                assertThat(received.at("/submission/name").asString()).isEqualTo("Ada");
                assertThat(received.at("/submission/verdict").isNull()).isTrue();
                JsonNode graded = teacher.await("SubmissionGraded");
                // atomic increments: counter ends as 2 under every schedule
                assertThat(graded.at("/submission/verdict/status").asString()).isEqualTo("passed");
                assertThat(graded.at("/submission/verdict/explanation").asString()).isNotBlank();
                ada.await("SubmissionGraded");

                teacher.send("{\"type\":\"OpenSubmission\",\"submissionId\":\""
                        + graded.at("/submission/id").asString() + "\"}");
                JsonNode opened = ada.await("ScenarioLoaded");
                assertThat(opened.get("source").asString()).endsWith(":Ada");
                assertThat(opened.at("/scenario/title").asString()).isEqualTo("Lost update");
            }
        }
    }

    @Test
    void a_restart_keeps_the_room_its_playback_and_submissions() {
        Path dataDir = TestServer.tempDataDir();
        Room room;
        String resume;
        try (TestServer first = RoomTesting.startWith(RoomTesting.relaxedJoins(), dataDir)) {
            room = RoomTesting.createRoom(first);
            try (RoomClient teacher = RoomClient.teacher(first.port(), room.code(), room.teacherToken());
                 RoomClient ada = RoomClient.student(first.port(), room.code(), "Ada")) {
                resume = poseAndSubmit(teacher, ada);
                teacher.send("{\"type\":\"Run\",\"runId\":\"run-7\"}");
                teacher.send("{\"type\":\"Seek\",\"positionUs\":31337,\"seq\":12}");
                teacher.send("{\"type\":\"Lock\"}");
                teacher.await("RoomLocked");
            }
        }
        try (TestServer second = RoomTesting.startWith(RoomTesting.relaxedJoins(), dataDir);
             RoomClient teacher = RoomClient.teacher(second.port(), room.code(), room.teacherToken());
             RoomClient ada = RoomClient.resume(second.port(), room.code(), resume)) {
            JsonNode state = teacher.await("RoomState");
            assertThat(state.get("status").asString()).isEqualTo("locked");
            assertThat(state.at("/playback/runId").asString()).isEqualTo("run-7");
            assertThat(state.at("/playback/positionUs").asLong()).isEqualTo(31337);
            assertThat(state.at("/challenge/goal/kind").asString()).isEqualTo("noLostUpdates");
            assertThat(state.get("submissions")).hasSize(1);
            assertThat(state.at("/submissions/0/verdict/status").asString()).isEqualTo("passed");
            JsonNode adaState = ada.await("RoomState");
            assertThat(adaState.at("/you/name").asString()).isEqualTo("Ada");
            assertThat(adaState.at("/playback/seq").asLong()).isEqualTo(12);
        }
    }

    @Test
    void a_submission_left_ungraded_by_a_crash_is_graded_after_the_restart() throws Exception {
        Path dataDir = TestServer.tempDataDir();
        Room room;
        String resume;
        try (TestServer first = RoomTesting.startWith(RoomTesting.relaxedJoins(), dataDir)) {
            room = RoomTesting.createRoom(first);
            try (RoomClient teacher = RoomClient.teacher(first.port(), room.code(), room.teacherToken());
                 RoomClient ada = RoomClient.student(first.port(), room.code(), "Ada")) {
                resume = poseAndSubmit(teacher, ada);
            }
        }
        // as if the server had stopped while grading: the verdict was never written
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("threadlab"),
                "sa", ""); Statement update = db.createStatement()) {
            assertThat(update.executeUpdate("UPDATE room_submission SET verdict = NULL")).isEqualTo(1);
        }
        try (TestServer second = RoomTesting.startWith(RoomTesting.relaxedJoins(), dataDir);
             RoomClient ada = RoomClient.resume(second.port(), room.code(), resume)) {
            JsonNode state = ada.await("RoomState");
            JsonNode verdict = state.at("/submissions/0/verdict");
            if (!verdict.isObject()) {
                verdict = ada.await("SubmissionGraded").at("/submission/verdict");
            }
            assertThat(verdict.get("status").asString()).isEqualTo("passed");
            ada.send("{\"type\":\"Submit\",\"scenario\":" + SCENARIO + "}");
            JsonNode answer = ada.await(m -> List.of("SubmissionReceived", "Error").contains(m.path("type").asString()),
                    "an answer to the new submission");
            assertThat(answer.path("type").asString()).as(answer.toString()).isEqualTo("SubmissionReceived");
        }
    }

    @Test
    void a_host_too_long_for_a_qr_code_is_a_clear_bad_request_not_a_server_error() throws Exception {
        try (TestServer server = RoomTesting.startWith(RoomTesting.relaxedJoins())) {
            Room room = RoomTesting.createRoom(server);
            String host = ("a".repeat(63) + ".").repeat(8) + "example"; // a valid name, too long for a QR code
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                socket.getOutputStream().write(("GET /api/rooms/" + room.code() + "/qr.svg HTTP/1.1\r\nHost: " + host
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(response.lines().findFirst()).hasValue("HTTP/1.1 400 Bad Request");
                assertThat(response).contains("too long for a QR code");
            }
        }
    }

    /** Reads the modules back from the SVG path ("M x,y h1v1h-1z" per dark module, four-module quiet zone). */
    private static BitMatrix matrixOf(String svg) {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int size = Integer.parseInt(box.group(1)) - 8;
        BitMatrix matrix = new BitMatrix(size);
        Matcher module = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
        while (module.find()) {
            matrix.set(Integer.parseInt(module.group(1)) - 4, Integer.parseInt(module.group(2)) - 4);
        }
        return matrix;
    }

    /** The teacher poses the lost-update challenge, Ada submits it and it is graded; Ada's resume token. */
    private static String poseAndSubmit(RoomClient teacher, RoomClient ada) {
        teacher.await("RoomState");
        String resume = ada.await("RoomState").at("/you/resumeToken").asString();
        teacher.send("{\"type\":\"PoseChallenge\",\"scenario\":" + SCENARIO
                + ",\"goal\":{\"kind\":\"noLostUpdates\"}}");
        ada.await("ChallengePosed");
        ada.send("{\"type\":\"Submit\",\"scenario\":" + SCENARIO + "}");
        teacher.await("SubmissionGraded");
        return resume;
    }
}
