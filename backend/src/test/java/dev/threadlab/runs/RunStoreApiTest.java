package dev.threadlab.runs;

import dev.threadlab.engine.Simulator;
import dev.threadlab.server.LabSettings;
import dev.threadlab.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs are content-addressed (issue 15): a run's id is its recipe's hash, identical runs are computed once, and any
 * server on the same database answers any run id by recomputing it, so an evicted run is never a 404.
 */
@Timeout(120)
class RunStoreApiTest {

    private static final String SCENARIO = """
            {"schema":1,"runtime":{"seed":%d},"objects":[{"id":"n","type":"int","value":0}],
             "threads":[{"id":"w","count":2,"body":[{"op":"repeat","times":50,"body":[
               {"op":"read","target":"n","as":"t"},{"op":"compute","ms":1},{"op":"write","target":"n","value":"t + 1"}]}]}]}""";

    private static String post(TestServer server, String scenario) {
        HttpResponse<String> created = server.post("/api/runs", "{\"scenario\":" + scenario + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created.headers().firstValue("Location").orElseThrow().substring("/api/runs/".length());
    }

    @Test
    void a_run_made_on_one_server_is_read_from_another_on_the_same_database() {
        Path data = TestServer.tempDataDir();
        try (TestServer a = TestServer.start(LabSettings.forTest(data));
             TestServer b = TestServer.start(LabSettings.forTest(data))) {
            String id = post(a, SCENARIO.formatted(7));
            String summary = a.get("/api/runs/" + id).body();

            HttpResponse<String> fromB = b.get("/api/runs/" + id);
            assertThat(fromB.statusCode()).isEqualTo(200);
            assertThat(fromB.body()).isEqualTo(summary);
            assertThat(b.get("/api/runs/" + id + "/events?from=0&limit=50").body())
                    .isEqualTo(a.get("/api/runs/" + id + "/events?from=0&limit=50").body());
            assertThat(b.get("/api/runs/" + id + "/timeline?px=200").body())
                    .isEqualTo(a.get("/api/runs/" + id + "/timeline?px=200").body());
        }
    }

    @Test
    void an_evicted_run_is_recomputed_event_for_event_not_a_404() {
        LabSettings settings = LabSettings.forTest(TestServer.tempDataDir());
        try (TestServer server = TestServer.start(settings.withLimits(settings.limits().withRunCacheBytes(1)))) {
            String first = post(server, SCENARIO.formatted(1));
            String firstSummary = server.get("/api/runs/" + first).body();
            String firstEvents = server.get("/api/runs/" + first + "/events?from=100&limit=100").body();
            post(server, SCENARIO.formatted(2));   // evicts the first: the cache holds one run

            assertThat(server.get("/api/runs/" + first).body()).isEqualTo(firstSummary);
            assertThat(server.get("/api/runs/" + first + "/events?from=100&limit=100").body()).isEqualTo(firstEvents);
        }
    }

    @Test
    void the_id_is_the_recipe_the_same_scenario_in_any_key_order_is_one_run_and_a_new_seed_another() {
        try (TestServer server = TestServer.start()) {
            String one = post(server, SCENARIO.formatted(3));
            String reordered = post(server, """
                    {"threads":[{"body":[{"op":"repeat","body":[{"as":"t","op":"read","target":"n"},{"ms":1,"op":"compute"},
                       {"value":"t + 1","op":"write","target":"n"}],"times":50}],"count":2,"id":"w"}],
                     "objects":[{"value":0,"type":"int","id":"n"}],"runtime":{"seed":3},"schema":1}""");
            String other = post(server, SCENARIO.formatted(4));

            assertThat(reordered).isEqualTo(one).matches("[0-9a-f]{32}");
            assertThat(other).isNotEqualTo(one);
            assertThat(server.get("/api/runs/0123456789abcdef0123456789abcdef").statusCode()).isEqualTo(404);
            assertThat(server.get("/api/runs/nope").body()).contains("No run has the id");
        }
    }

    @Test
    void a_stored_big_run_keeps_a_bounded_timeline_and_its_zoomed_in_detail_is_exact() throws Exception {
        String scenario = """
                {"schema":1,"threads":[{"id":"w","count":4,"body":[{"op":"compute","ms":60000}]}]}""";
        try (TestServer server = TestServer.start()) {
            String id = post(server, scenario);
            // 4 x 60 s of GIL turns every 5 ms: ~48,000 segments a lane, more than a stored run keeps
            dev.threadlab.engine.timeline.TimelineRecorder full = new dev.threadlab.engine.timeline.TimelineRecorder();
            Simulator.run(new dev.threadlab.json.ScenarioParser(dev.threadlab.engine.Limits.defaults())
                    .parse(new dev.threadlab.json.LabJson(64).parseObject(scenario.getBytes())),
                    dev.threadlab.engine.RunOptions.defaults().withSink(full));
            long from = 100_000_000;
            long to = from + 50_000;
            java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
            try (var g = new dev.threadlab.json.LabJson(64).mapper().createGenerator(expected)) {
                dev.threadlab.json.TimelineJson.write(full.query(from, to, 5), g);
            }

            HttpResponse<String> zoomed = server.get("/api/runs/" + id + "/timeline?from=" + from + "&to=" + to + "&resolution=5");
            assertThat(zoomed.statusCode()).isEqualTo(200);
            assertThat(zoomed.body()).isEqualTo(expected.toString());
            long cacheBytes = new dev.threadlab.json.LabJson(64).parseObject(server.get("/api/stats").body().getBytes())
                    .path("cacheBytes").asLong();
            assertThat(cacheBytes).as("a stored run's bytes (issue 15: at most 16 MB)").isLessThan(16_000_000);
        }
    }

    @Test
    void the_state_at_an_instant_says_who_holds_what_and_who_waits_without_the_client_holding_events() {
        try (TestServer server = TestServer.start()) {
            String id = post(server, """
                    {"schema":1,"objects":[{"id":"L","type":"Lock"},{"id":"n","type":"int","value":5},
                                           {"id":"q","type":"Queue"},{"id":"go","type":"Event"}],
                     "threads":[{"id":"a","body":[{"op":"with","target":"L","body":[{"op":"increment","target":"n"},
                                   {"op":"put","target":"q","value":"7"},{"op":"sleep","ms":100}]},{"op":"set","target":"go"}]},
                                {"id":"b","body":[{"op":"sleep","ms":10},{"op":"acquire","target":"L"},{"op":"release","target":"L"}]}]}""");
            var json = new dev.threadlab.json.LabJson(64);
            var at50 = json.parseObject(server.get("/api/runs/" + id + "/state?at=50000").body().getBytes());
            assertThat(at50.path("locks").path("L").path("owner").stringValue()).isEqualTo("a");
            assertThat(at50.path("threads").path("a").path("state").stringValue()).isEqualTo("sleeping");
            assertThat(at50.path("threads").path("b").path("state").stringValue()).isEqualTo("blocked");
            assertThat(at50.path("threads").path("b").path("on").stringValue()).isEqualTo("L");
            assertThat(at50.path("ints").path("n").path("value").asLong()).isEqualTo(6);
            assertThat(at50.path("ints").path("n").path("lastWriter").stringValue()).isEqualTo("a");
            assertThat(at50.path("queues").path("q").path("size").asInt()).isEqualTo(1);
            assertThat(at50.path("events").path("go").asBoolean()).isFalse();

            var before = json.parseObject(server.get("/api/runs/" + id + "/state?at=0").body().getBytes());
            assertThat(before.path("ints").path("n").path("value").asLong()).isEqualTo(5);

            var end = json.parseObject(server.get("/api/runs/" + id + "/state?at=999999999").body().getBytes());
            assertThat(end.path("outcome").stringValue()).isEqualTo("completed");
            assertThat(end.path("locks").path("L").path("owner").isNull()).isTrue();
            assertThat(end.path("events").path("go").asBoolean()).isTrue();
            assertThat(server.get("/api/runs/" + id + "/state?at=-1").statusCode()).isEqualTo(400);
        }
    }

    @Test
    void thirty_students_posting_the_same_lesson_at_once_share_one_computation() {
        AtomicInteger simulations = new AtomicInteger();
        try (TestServer server = TestServer.start(LabSettings.forTest(TestServer.tempDataDir()), (scenario, options) -> {
            simulations.incrementAndGet();
            return Simulator.run(scenario, options);
        })) {
            String lesson = server.get("/api/presets/gil-io-threads").body();
            List<CompletableFuture<HttpResponse<String>>> posts = IntStream.range(0, 30)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> server.post("/api/runs", "{\"scenario\":" + lesson + "}")))
                    .toList();
            List<HttpResponse<String>> answers = posts.stream().map(CompletableFuture::join).toList();

            assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(201));
            assertThat(answers.stream().map(r -> r.headers().firstValue("Location").orElseThrow()).distinct()).hasSize(1);
            assertThat(simulations.get()).isEqualTo(1);
        }
    }
}
