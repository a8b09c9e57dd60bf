package dev.threadlab.rooms;

import dev.threadlab.server.LabSettings;
import dev.threadlab.testing.TestServer;
import dev.threadlab.testing.WsClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two nodes in one JVM sharing a real PostgreSQL and a real Redis ({@code ./lab test} starts them): changes made on
 * both nodes at once are committed one version at a time, so every member on either node sees the same sequence, and
 * the database row ends at the last version. ScaleOutIT runs the same across processes, behind HAProxy.
 */
class RoomClusterTest {

    private static String dbUrl;
    private static String dbUser;
    private static TestServer nodeA;
    private static TestServer nodeB;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        String pg = System.getenv("LAB_TEST_PG_URL");
        String redis = System.getenv("LAB_TEST_REDIS_URL");
        if (pg == null || redis == null) {
            if ("1".equals(System.getenv("LAB_REQUIRE_SERVICES"))) {
                fail("LAB_TEST_PG_URL and LAB_TEST_REDIS_URL must name the test's servers (./lab test starts them)");
            }
            assumeTrue(false, "no PostgreSQL/Redis: run through ./lab test");
        }
        dbUser = System.getenv("LAB_TEST_PG_USER");
        String name = "cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(pg, dbUser, ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        dbUrl = pg.substring(0, pg.lastIndexOf('/') + 1) + name;
        nodeA = TestServer.start(node(redis, "cluster-a"));
        nodeB = TestServer.start(node(redis, "cluster-b"));
    }

    private static LabSettings node(String redis, String name) {
        LabSettings settings = LabSettings.forTest(TestServer.tempDataDir()).withDatabase(dbUrl, dbUser, null);
        return settings.withCluster(settings.cluster().withRedis(redis, name))
                .withRooms(RoomLimits.from(settings.limits().maxWsMessageBytes(),
                        Map.of("LAB_ROOM_MESSAGES_PER_SECOND", "1000")::get));
    }

    @AfterAll
    static void stop() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void teachers_on_both_nodes_at_once_give_every_member_the_same_sequence() throws Exception {
        RoomTesting.Room room = RoomTesting.createRoom(nodeA);
        try (RoomClient teacherA = RoomClient.teacher(nodeA.port(), room.code(), room.teacherToken());
             RoomClient teacherB = RoomClient.teacher(nodeB.port(), room.code(), room.teacherToken());
             RoomClient studentA = RoomClient.student(nodeA.port(), room.code(), "Ada");
             RoomClient studentB = RoomClient.student(nodeB.port(), room.code(), "Bo")) {
            List.of(teacherA, teacherB, studentA, studentB).forEach(c -> c.await("RoomState"));
            Thread t = Thread.ofVirtual().start(() -> IntStream.range(1, 41)
                    .forEach(i -> teacherA.send("{\"type\":\"Seek\",\"positionUs\":" + i + "}")));
            IntStream.range(1, 41).forEach(i -> teacherB.send("{\"type\":\"Seek\",\"positionUs\":" + (1000 + i) + "}"));
            t.join();
            // 80 seeks, each committed once for the whole school: both students see all 80, in the same order
            List<Long> seenA = positions(studentA, 80);
            List<Long> seenB = positions(studentB, 80);
            assertThat(seenA).hasSize(80).isEqualTo(seenB);
            assertThat(seenA).containsAll(IntStream.range(1, 41).mapToObj(i -> (long) i).toList())
                    .containsAll(IntStream.range(1001, 1041).mapToObj(i -> (long) i).toList());
            long last = seenA.getLast();
            // the durable row reaches the last version (written behind, only forward) with the last position
            WsClient.await(Duration.ofSeconds(10), () -> row(room.code()).get("version").asLong() == 80);
            assertThat(row(room.code()).get("playback").get("positionUs").asLong()).isEqualTo(last);
            // and a node that loads the room now shows the same: a late student on either node
            for (TestServer node : List.of(nodeA, nodeB)) {
                try (RoomClient late = RoomClient.student(node.port(), room.code(), "Late")) {
                    assertThat(late.await("RoomState").get("playback").get("positionUs").asLong()).isEqualTo(last);
                }
            }
        }
    }

    @Test
    void members_and_resumes_are_known_on_every_node() {
        RoomTesting.Room room = RoomTesting.createRoom(nodeA);
        String resume;
        try (RoomClient ada = RoomClient.student(nodeA.port(), room.code(), "Ada");
             RoomClient bo = RoomClient.student(nodeB.port(), room.code(), "Bo")) {
            resume = ada.await("RoomState").get("you").get("resumeToken").asString();
            bo.await("RoomState");
            for (TestServer node : List.of(nodeA, nodeB)) {
                WsClient.await(Duration.ofSeconds(10), () -> memberCount(node, room.code()) == 2);
            }
            // Ada comes back through the other node: the same member, and her old connection is closed
            try (RoomClient adaOnB = RoomClient.resume(nodeB.port(), room.code(), resume)) {
                assertThat(adaOnB.await("RoomState").get("you").get("name").asString()).isEqualTo("Ada");
                assertThat(ada.awaitClose().code()).isEqualTo(CloseCodes.REPLACED);
                WsClient.await(Duration.ofSeconds(10), () -> memberCount(nodeA, room.code()) == 2);
            }
        }
    }

    private static int memberCount(TestServer node, String code) {
        return RoomTesting.MAPPER.readTree(node.get("/api/rooms/" + code).body()).get("memberCount").asInt();
    }

    private static List<Long> positions(RoomClient student, int count) {
        for (int i = 0; i < count; i++) {
            student.await("PlaybackChanged");
        }
        return student.received().stream().filter(m -> "PlaybackChanged".equals(m.path("type").asString()))
                .map(m -> m.get("playback").get("positionUs").asLong()).toList();
    }

    private static JsonNode row(String code) {
        try (Connection c = DriverManager.getConnection(dbUrl, dbUser, "");
             PreparedStatement select = c.prepareStatement("SELECT version, playback FROM room WHERE code = ?")) {
            select.setString(1, code);
            try (ResultSet r = select.executeQuery()) {
                r.next();
                return RoomTesting.MAPPER.createObjectNode().put("version", r.getLong(1))
                        .set("playback", RoomTesting.MAPPER.readTree(r.getString(2)));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
