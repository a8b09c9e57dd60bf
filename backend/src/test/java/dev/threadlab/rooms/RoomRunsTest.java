package dev.threadlab.rooms;

import dev.threadlab.rooms.RoomTesting.Room;
import dev.threadlab.runs.Simulation;
import dev.threadlab.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the server starts for a room: opened submissions, and the order of overlapping runs. */
@Timeout(60)
class RoomRunsTest {

    private static String titled(String title) {
        return RoomTesting.SCENARIO.replace("\"Lost update\"", "\"" + title + "\"");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(RoomClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("not released within " + RoomClient.TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void an_opened_submission_is_run_once_by_the_server_for_every_teacher_tab() {
        AtomicInteger submissionRuns = new AtomicInteger();
        Simulation counting = (scenario, options) -> {
            if ("Ada's".equals(scenario.title())) {
                submissionRuns.incrementAndGet();
            }
            return Simulation.ENGINE.run(scenario, options);
        };
        try (TestServer server = RoomTesting.startWith(RoomTesting.relaxedJoins(), counting)) {
            Room room = RoomTesting.createRoom(server);
            try (RoomClient laptop = RoomClient.teacher(server.port(), room.code(), room.teacherToken());
                 RoomClient projector = RoomClient.teacher(server.port(), room.code(), room.teacherToken());
                 RoomClient ada = RoomClient.student(server.port(), room.code(), "Ada")) {
                laptop.await("RoomState");
                projector.await("RoomState");
                ada.await("RoomState");
                laptop.send("{\"type\":\"PoseChallenge\",\"scenario\":" + RoomTesting.SCENARIO
                        + ",\"goal\":{\"kind\":\"noLostUpdates\"}}");
                ada.await("ChallengePosed");
                ada.send("{\"type\":\"Submit\",\"scenario\":" + titled("Ada's") + "}");
                String id = laptop.await("SubmissionGraded").at("/submission/id").asString();

                laptop.send("{\"type\":\"OpenSubmission\",\"submissionId\":\"" + id + "\"}");
                for (RoomClient c : List.of(laptop, projector, ada)) {
                    JsonNode loaded = c.await("ScenarioLoaded");
                    assertThat(loaded.get("source").asString()).isEqualTo("submission:" + id + ":Ada");
                    String runId = loaded.at("/playback/runId").asString();
                    assertThat(runId).isNotBlank();
                    assertThat(server.get("/api/runs/" + runId).statusCode()).isEqualTo(200);
                }
                laptop.send("{\"type\":\"SetMode\",\"mode\":\"free\"}");
                projector.await("PlaybackChanged");
                assertThat(submissionRuns).hasValue(1);
                assertThat(RoomTesting.ofType(projector.received(), "ScenarioLoaded")).hasSize(1);
            }
        }
    }

    @Test
    void an_earlier_run_finishing_last_is_not_shown_over_the_latest() {
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch releaseSlow = new CountDownLatch(1);
        CountDownLatch releaseQuick = new CountDownLatch(1);
        AtomicBoolean slowInFlight = new AtomicBoolean();
        // "Slow" waits for the test; "Quick", if it is simulated while Slow still is, waits until the test ends
        Simulation gated = (scenario, options) -> {
            if ("Slow".equals(scenario.title())) {
                slowInFlight.set(true);
                try {
                    slowStarted.countDown();
                    await(releaseSlow);
                    return Simulation.ENGINE.run(scenario, options);
                } finally {
                    slowInFlight.set(false);
                }
            }
            if (slowInFlight.get()) {
                await(releaseQuick);
            }
            return Simulation.ENGINE.run(scenario, options);
        };
        try (TestServer server = RoomTesting.startWith(RoomTesting.relaxedJoins(), gated)) {
            Room room = RoomTesting.createRoom(server);
            try (RoomClient teacher = RoomClient.teacher(server.port(), room.code(), room.teacherToken());
                 RoomClient ada = RoomClient.student(server.port(), room.code(), "Ada")) {
                teacher.await("RoomState");
                ada.await("RoomState");
                teacher.send("{\"type\":\"Run\",\"scenario\":" + titled("Slow") + "}");
                await(slowStarted);
                teacher.send("{\"type\":\"Run\",\"scenario\":" + titled("Quick") + "}");
                teacher.send("{\"type\":\"SetMode\",\"mode\":\"free\"}");
                ada.await("PlaybackChanged"); // both runs have been asked for
                releaseSlow.countDown();

                JsonNode shown = ada.await("ScenarioLoaded");
                assertThat(shown.at("/scenario/title").asString()).isEqualTo("Quick");
                teacher.send("{\"type\":\"SetMode\",\"mode\":\"follow\"}");
                ada.await(m -> "PlaybackChanged".equals(m.path("type").asString())
                        && "follow".equals(m.at("/playback/mode").asString()), "the second marker");
                assertThat(RoomTesting.ofType(ada.received(), "ScenarioLoaded")).hasSize(1);
            } finally {
                releaseSlow.countDown();
                releaseQuick.countDown();
            }
        }
    }
}
