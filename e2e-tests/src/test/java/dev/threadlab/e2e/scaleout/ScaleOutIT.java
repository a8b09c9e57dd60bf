package dev.threadlab.e2e.scaleout;

import dev.threadlab.e2e.durability.LabProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A school on two nodes (the packaged lab, as separate processes) behind Debian's HAProxy with
 * {@code deploy/haproxy.cfg}, on a real PostgreSQL and a real Redis ({@code ./lab test} starts them: deploy/test-services).
 * The teacher is on node A, students on node B: everything the teacher does reaches everyone, a run made on A is
 * served by B, and after A is killed ({@code kill -9}) its clients reconnect through HAProxy to B and find the room as
 * it was, its run replayable.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ScaleOutIT {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String SCENARIO = """
            {"schema":1,"title":"Lost update","objects":[{"id":"counter","type":"int","value":0}],
             "threads":[{"id":"worker","count":2,"body":[{"op":"increment","target":"counter"}]}]}""";
    private static final int ROOMS_PER_MINUTE = 3;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private LabProcess nodeA;
    private LabProcess nodeB;
    private Balancer balancer;
    private Path dir;

    @BeforeEach
    void startSchool() throws Exception {
        String pg = System.getenv("LAB_TEST_PG_URL");
        String redis = System.getenv("LAB_TEST_REDIS_URL");
        String haproxy = System.getenv("LAB_TEST_HAPROXY");
        boolean required = "1".equals(System.getenv("LAB_REQUIRE_SERVICES"));
        if (pg == null || redis == null || haproxy == null) {
            if (required) {
                fail("LAB_TEST_PG_URL, LAB_TEST_REDIS_URL and LAB_TEST_HAPROXY must name the test's servers"
                        + " (./lab test starts them with deploy/test-services)");
            }
            assumeTrue(false, "no PostgreSQL/Redis/HAProxy for the scale-out test: run it through ./lab test");
        }
        dir = Files.createTempDirectory("scale-out");
        Map<String, String> env = new HashMap<>();
        env.put("LAB_DB_URL", freshDatabase(pg, System.getenv("LAB_TEST_PG_USER")));
        env.put("LAB_DB_USER", System.getenv().getOrDefault("LAB_TEST_PG_USER", ""));
        env.put("LAB_REDIS_URL", redis);
        env.put("LAB_TRUSTED_PROXIES", "127.0.0.1");
        env.put("LAB_ROOMS_PER_MINUTE", String.valueOf(ROOMS_PER_MINUTE));
        env.put("LAB_NODE_NAME", "a");
        nodeA = LabProcess.start(Files.createDirectory(dir.resolve("a")), env);
        env.put("LAB_NODE_NAME", "b");
        nodeB = LabProcess.start(Files.createDirectory(dir.resolve("b")), env);
        balancer = Balancer.start(haproxy, nodeA.port(), nodeB.port(), dir);
    }

    @AfterEach
    void stopSchool() throws Exception {
        if (balancer != null) {
            balancer.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void one_room_spans_both_nodes_and_survives_the_death_of_one() throws Exception {
        assertThat(servedBy("/api/health", null, 20)).as("/api is balanced over both nodes").containsExactlyInAnyOrder("a", "b");
        String uiNode = stickyNode();
        assertThat(servedBy("/", "LAB_NODE=" + uiNode, 6)).as("the UI stays on its node").containsExactly(uiNode);

        JsonNode room = json(post(client("127.0.0.2"), balancer.http() + "/api/rooms", "{\"title\":\"Two nodes\"}", 201));
        String code = room.get("code").asString();
        String token = room.get("teacherToken").asString();
        String wsA = "ws://127.0.0.1:" + nodeA.port() + "/ws/rooms/" + code;
        String wsB = "ws://127.0.0.1:" + nodeB.port() + "/ws/rooms/" + code;

        Peer teacher = Peer.connect(http, wsA + "?teacher=" + token);
        teacher.await("RoomState");
        Peer ada = Peer.connect(http, wsB + "?name=Ada");
        Peer bo = Peer.connect(http, wsB + "?name=Bo");
        Peer cy = Peer.connect(http, balancer.ws() + "/ws/rooms/" + code + "?name=Cy");
        List<Peer> students = List.of(ada, bo, cy);
        Map<Peer, JsonNode> you = new HashMap<>();
        for (Peer s : students) {
            you.put(s, s.await("RoomState").get("you"));
        }
        awaitMembers(nodeA.baseUrl(), code, 3);
        awaitMembers(nodeB.baseUrl(), code, 3);
        teacher.await("RosterChanged", m -> m.get("memberCount").asInt() == 3 && m.get("members").size() == 3);

        teacher.send("{\"type\":\"Run\",\"scenario\":" + SCENARIO + "}");
        String runId = teacher.await("ScenarioLoaded").get("playback").get("runId").asString();
        for (Peer s : students) {
            assertThat(s.await("ScenarioLoaded").get("playback").get("runId").asString()).isEqualTo(runId);
        }
        teacher.send("{\"type\":\"Seek\",\"positionUs\":1234}");
        for (Peer s : students) {
            s.await("PlaybackChanged", m -> m.get("playback").get("positionUs").asLong() == 1234);
        }
        teacher.send("{\"type\":\"PoseChallenge\",\"scenario\":" + SCENARIO
                + ",\"goal\":{\"kind\":\"variableEquals\",\"name\":\"counter\",\"value\":2}}");
        String challenge = teacher.await("ChallengePosed").get("challenge").get("id").asString();
        for (Peer s : students) {
            assertThat(s.await("ChallengePosed").get("challenge").get("id").asString()).isEqualTo(challenge);
        }
        ada.send("{\"type\":\"Submit\",\"scenario\":" + SCENARIO + "}");
        teacher.await("SubmissionReceived", m -> m.get("submission").get("name").asString().equals("Ada"));
        teacher.await("SubmissionGraded", m -> m.get("submission").get("name").asString().equals("Ada"));
        teacher.send("{\"type\":\"Lock\"}");
        for (Peer s : students) {
            s.await("RoomLocked");
        }
        try (Peer late = Peer.connect(http, wsB + "?name=Late")) {
            assertThat(late.await("Error").get("message").asString()).contains("locked");
        }

        // a run computed on A is served by B, the same answers
        for (String path : List.of("/timeline", "/events", "/state?at=0")) {
            assertThat(get(nodeB.baseUrl() + "/api/runs/" + runId + path, 200))
                    .as(path).isEqualTo(get(nodeA.baseUrl() + "/api/runs/" + runId + path, 200));
        }
        String posted = json(post(http, nodeA.baseUrl() + "/api/runs", "{\"scenario\":" + SCENARIO + "}", 201))
                .get("runId").asString();
        assertThat(get(nodeB.baseUrl() + "/api/runs/" + posted + "/timeline", 200))
                .isEqualTo(get(nodeA.baseUrl() + "/api/runs/" + posted + "/timeline", 200));
        String timeline = get(nodeA.baseUrl() + "/api/runs/" + runId + "/timeline", 200);

        // kill -9 of node A: its clients come back through HAProxy to B, and find the room as it was
        nodeA.killHard();
        assertThat(teacher.closeCode()).isEqualTo(1006);
        Peer teacherAgain = reconnect(balancer.ws() + "/ws/rooms/" + code + "?teacher=" + token);
        JsonNode state = teacherAgain.await("RoomState");
        assertThat(state.get("status").asString()).isEqualTo("locked");
        assertThat(state.get("challenge").get("id").asString()).isEqualTo(challenge);
        assertThat(state.get("playback").get("runId").asString()).isEqualTo(runId);
        assertThat(state.get("playback").get("positionUs").asLong()).isEqualTo(1234);
        assertThat(state.get("submissions")).hasSize(1);
        List<Peer> now = new java.util.ArrayList<>(List.of(ada, bo));
        // Cy was wherever HAProxy put it: if that was A, it resumes, as the same member, on B
        if (cy.isClosed() || cyWasOnA(code)) {
            Peer cyAgain = reconnect(balancer.ws() + "/ws/rooms/" + code + "?resume=" + you.get(cy).get("resumeToken").asString());
            assertThat(cyAgain.await("RoomState").get("you").get("memberId").asString())
                    .isEqualTo(you.get(cy).get("memberId").asString());
            now.add(cyAgain);
        } else {
            now.add(cy);
        }
        teacherAgain.send("{\"type\":\"Seek\",\"positionUs\":5678}");
        for (Peer s : now) {
            s.await("PlaybackChanged", m -> m.get("playback").get("positionUs").asLong() == 5678);
        }
        assertThat(get(balancer.http() + "/api/runs/" + runId + "/timeline", 200)).isEqualTo(timeline);
        awaitMembers(balancer.http(), code, 3);

        // rate limits count the client HAProxy names, not HAProxy: one client's limit leaves another's alone
        HttpClient greedy = client("127.0.0.3");
        int created = 0;
        while (post(greedy, balancer.http() + "/api/rooms", "{}", -1).statusCode() == 201) {
            created++;
            assertThat(created).as("rooms created before 429").isLessThanOrEqualTo(ROOMS_PER_MINUTE);
        }
        assertThat(created).isEqualTo(ROOMS_PER_MINUTE);
        post(client("127.0.0.4"), balancer.http() + "/api/rooms", "{}", 201);
        post(client("127.0.0.4"), balancer.http() + "/api/rooms", "{}", 201);
    }

    /** Whether Cy's connection was to node A (HAProxy chose): the node's roster no longer has it. */
    private boolean cyWasOnA(String code) throws Exception {
        // after A's death, B counts only its own students until Cy (if it was on A) comes back
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            int members = json(get(nodeB.baseUrl() + "/api/rooms/" + code, 200)).get("memberCount").asInt();
            if (members == 2) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private Peer reconnect(String url) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                return Peer.connect(http, url);
            } catch (Exception e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    private void awaitMembers(String base, String code, int expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int members = -1;
        while (System.nanoTime() < deadline) {
            members = json(get(base + "/api/rooms/" + code, 200)).get("memberCount").asInt();
            if (members == expected) {
                return;
            }
            Thread.sleep(100);
        }
        assertThat(members).as("memberCount from " + base).isEqualTo(expected);
    }

    /** The nodes that answered {@code requests} requests for {@code path} (X-Served-By), once both are up. */
    private Set<String> servedBy(String path, String cookie, int requests) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Set<String> nodes = new HashSet<>();
        int answered = 0;
        while (answered < requests || (cookie == null && nodes.size() < 2 && System.nanoTime() < deadline)) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(balancer.http() + path));
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException notYet) {
                assertThat(balancer.isAlive()).as("HAProxy runs; its log:\n" + balancer.log()).isTrue();
                assertThat(System.nanoTime()).as("HAProxy listens; its log:\n" + balancer.log()).isLessThan(deadline);
                Thread.sleep(200);
                continue;
            }
            if (response.statusCode() == 200) {
                response.headers().firstValue("X-Served-By").ifPresent(nodes::add);
                answered++;
            } else {
                assertThat(System.nanoTime()).as("HAProxy answers " + path + "; its log:\n" + balancer.log())
                        .isLessThan(deadline);
                Thread.sleep(200);
            }
        }
        return nodes;
    }

    /** The node HAProxy pins a new browser of the UI to, from its cookie. */
    private String stickyNode() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(balancer.http() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("LAB_NODE="))
                .findFirst().orElseThrow(() -> new AssertionError("no LAB_NODE cookie: " + page.headers().map()));
        String node = cookie.substring("LAB_NODE=".length()).split(";")[0];
        assertThat(page.headers().firstValue("X-Served-By")).contains(node);
        return node;
    }

    private static HttpClient client(String localAddress) throws Exception {
        return HttpClient.newBuilder().localAddress(InetAddress.getByName(localAddress))
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpResponse<String> post(HttpClient client, String url, String body, int expected) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (expected > 0) {
            assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(expected);
        }
        return response;
    }

    private String get(String url, int expected) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(expected);
        return response.body();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return MAPPER.readTree(response.body());
    }

    private static JsonNode json(String body) {
        return MAPPER.readTree(body);
    }

    /** A database of its own for this test, on the test's PostgreSQL. */
    private static String freshDatabase(String url, String user) throws Exception {
        String name = "scaleout_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url, user, "");
             Statement statement = c.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return url.substring(0, url.lastIndexOf('/') + 1) + name;
    }
}
