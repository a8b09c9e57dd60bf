package dev.threadlab.scenarios;

import dev.threadlab.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioApiTest {

    static final String SCENARIO = """
            {"schema":1,"title":"Lost update \u00e9","objects":[{"id":"counter","type":"int","value":0}],
             "threads":[{"id":"worker","count":2,"body":[{"op":"increment","target":"counter"}]}]}""";

    @Test
    void a_saved_scenario_is_answered_with_an_id_and_a_share_url_and_reads_back_as_saved() {
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> saved = server.post("/api/scenarios", SCENARIO);

            assertThat(saved.statusCode()).isEqualTo(201);
            String id = saved.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
            assertThat(id).matches("[A-Za-z0-9_-]{16}");
            assertThat(saved.body()).isEqualTo("{\"id\":\"" + id + "\",\"url\":\"/s/" + id + "\"}");
            HttpResponse<String> loaded = server.get("/api/scenarios/" + id);
            assertThat(loaded.statusCode()).isEqualTo(200);
            assertThat(loaded.body()).startsWith("{\"schema\":1,\"title\":\"Lost update \u00e9\"");
        }
    }

    @Test
    void a_saved_scenario_survives_a_restart_of_the_server_byte_for_byte() {
        Path dataDir = TestServer.tempDataDir();
        String id;
        String firstBody;
        try (TestServer first = TestServer.start(dataDir)) {
            String saved = first.post("/api/scenarios", SCENARIO).body();
            id = saved.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
            firstBody = first.get("/api/scenarios/" + id).body();
        }
        try (TestServer second = TestServer.start(dataDir)) {
            HttpResponse<String> loaded = second.get("/api/scenarios/" + id);

            assertThat(loaded.statusCode()).isEqualTo(200);
            assertThat(loaded.body()).isEqualTo(firstBody);
        }
    }

    @Test
    void two_saves_of_the_same_scenario_get_different_ids() {
        try (TestServer server = TestServer.start()) {
            String a = server.post("/api/scenarios", SCENARIO).body();
            String b = server.post("/api/scenarios", SCENARIO).body();

            assertThat(a).isNotEqualTo(b);
        }
    }

    @Test
    void an_unknown_id_is_a_404_problem() {
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> response = server.get("/api/scenarios/AAAAAAAAAAAAAAAA");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
    }
}
