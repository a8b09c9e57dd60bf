package dev.threadlab.rooms;

import dev.threadlab.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, observable rooms: {@code GET /api/metrics} counts the rooms, their students and teachers and the grading
 * work, as real clients come, submit and go (a real server on port 0, real WebSocket clients).
 */
class RoomMetricsTest {

    @Test
    void metrics_count_rooms_members_and_grading() throws Exception {
        try (TestServer server = RoomTesting.startWith(Map.of())) {
            assertThat(metric(server, "lab_rooms_loaded")).isZero();
            RoomTesting.Room room = RoomTesting.createRoom(server);
            try (RoomClient teacher = RoomClient.teacher(server.port(), room.code(), room.teacherToken());
                 RoomClient ada = RoomClient.student(server.port(), room.code(), "Ada")) {
                RoomClient bob = RoomClient.student(server.port(), room.code(), "Bob");
                teacher.await("RoomState");
                ada.await("RoomState");
                bob.await("RoomState");
                assertThat(metric(server, "lab_rooms_loaded")).isEqualTo(1);
                assertThat(metric(server, "lab_rooms_members")).isEqualTo(2);
                assertThat(metric(server, "lab_rooms_teachers")).isEqualTo(1);
                assertThat(metric(server, "lab_rooms_grading_graded_total")).isZero();

                teacher.send("{\"type\":\"PoseChallenge\",\"scenario\":" + RoomTesting.SCENARIO
                        + ",\"goal\":{\"kind\":\"noLostUpdates\"}}");
                ada.await("ChallengePosed");
                ada.send("{\"type\":\"Submit\",\"scenario\":" + RoomTesting.SCENARIO + "}");
                ada.await("SubmissionGraded");
                assertThat(metric(server, "lab_rooms_grading_graded_total")).isEqualTo(1);
                assertThat(metric(server, "lab_rooms_grading_queued")).isZero();
                assertThat(metric(server, "lab_rooms_grading_refused_total")).isZero();

                bob.close(); // Bob leaves
                awaitMetric(server, "lab_rooms_members", 1);
            }
            awaitMetric(server, "lab_rooms_members", 0);
            assertThat(metric(server, "lab_rooms_teachers")).isZero();
        }
    }

    /** Waits (up to 10 s) for a close to reach the server. */
    private static void awaitMetric(TestServer server, String name, double expected) throws InterruptedException {
        long deadline = System.nanoTime() + RoomClient.TIMEOUT.toNanos();
        while (metric(server, name) != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(metric(server, name)).as(name).isEqualTo(expected);
    }

    private static double metric(TestServer server, String name) {
        String text = server.get("/api/metrics").body();
        Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? ([0-9.eE+-]+)$").matcher(text);
        assertThat(m.find()).as(name + " in /api/metrics").isTrue();
        return Double.parseDouble(m.group(1));
    }
}
