package dev.threadlab.api;

import dev.threadlab.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class InvalidScenariosApiTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void every_problem_of_a_scenario_is_listed_with_its_json_path() {
        String scenario = """
                {"schema":1,"titel":"x","runtime":{"cores":"four","model":"gill"},
                 "objects":[{"id":"lock","type":"Lock"},{"id":"n","type":"int","value":1.5}],
                 "threads":[{"id":"a","body":[{"op":"acquire","target":"lock","timeoutMs":-1},
                   {"op":"jump"},{"op":"repeat","times":2,"body":[{"op":"write","target":"n","value":"x * 2"}]}]}]}""";

        HttpResponse<String> response = server.post("/api/runs", "{\"scenario\":" + scenario + "}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"title\":\"Invalid scenario\"")
                .contains("{\"path\":\"titel\",\"message\":\"unknown key \\\"titel\\\"; did you mean \\\"title\\\"?\"}")
                .contains("\"path\":\"runtime.cores\",\"message\":\"must be an integer, not a string\"")
                .contains("\"path\":\"runtime.model\"").contains("did you mean \\\"gil\\\"?")
                .contains("\"path\":\"objects[1].value\"")
                .contains("\"path\":\"threads[0].body[0].timeoutMs\"")
                .contains("\"path\":\"threads[0].body[1].op\"")
                .contains("\"path\":\"threads[0].body[2].body[0].value\"");
    }

    @Test
    void engine_validation_problems_come_with_their_paths_too() {
        String scenario = """
                {"schema":1,"objects":[{"id":"lock","type":"Lock"}],
                 "threads":[{"id":"a","body":[{"op":"acquire","target":"lokc"}]}]}""";

        HttpResponse<String> response = server.post("/api/scenarios", scenario);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"path\":\"threads[0].body[0].target\"").contains("lock");
    }

    @Test
    void a_schedule_naming_a_candidate_its_choice_does_not_have_is_a_422_at_that_choice() {
        String race = """
                {"schema":1,"objects":[{"id":"lock","type":"Lock"}],
                 "threads":[{"id":"w","count":3,"body":[{"op":"with","target":"lock","body":[{"op":"compute","ms":1}]}]}]}""";

        for (String request : new String[] {
                "/api/runs|{\"scenario\":" + race + ",\"schedule\":[7],\"exploring\":true}",
                "/api/scheduler|{\"scenario\":" + race + ",\"schedule\":[7]}"}) {
            String[] parts = request.split("\\|", 2);
            HttpResponse<String> response = server.post(parts[0], parts[1]);

            assertThat(response.statusCode()).as(parts[0] + " " + response.body()).isEqualTo(422);
            assertThat(response.body()).contains("\"path\":\"schedule[0]\"")
                    .contains("schedule[0] = 7 but that choice has only");
        }
    }

    @Test
    void engine_problems_keep_their_json_index_when_an_earlier_item_is_not_an_object() {
        String scenario = """
                {"schema":1,"objects":["x",{"id":"n","type":"int","value":0},"y",{"id":"lock","type":"Lock"}],
                 "threads":[{"id":"a","body":[]},7,{"id":"c","body":[]},{"id":"d","body":[]},
                   {"id":"e","body":[]},{"id":"f","body":[]},{"id":"g","body":[]},{"id":"h","body":[]},
                   {"id":"i","body":[]},{"id":"j","body":[]},{"id":"k","body":[{"op":"acquire","target":"lokc"}]}]}""";

        HttpResponse<String> response = server.post("/api/scenarios", scenario);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"path\":\"objects[0]\"").contains("\"path\":\"objects[2]\"")
                .contains("\"path\":\"threads[1]\"")
                .contains("\"path\":\"threads[10].body[0].target\"");
    }

    @Test
    void a_run_request_without_a_scenario_or_with_a_bad_schedule_is_a_422_problem() {
        HttpResponse<String> response = server.post("/api/runs", "{\"scenari\":{},\"schedule\":[0,-1,\"x\"]}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"path\":\"scenari\"").contains("\"path\":\"scenario\"")
                .contains("\"path\":\"schedule[1]\"").contains("\"path\":\"schedule[2]\"");
    }

    @Test
    void an_unsupported_schema_is_refused() {
        HttpResponse<String> response = server.post("/api/scenarios", "{\"schema\":2,\"threads\":[]}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"path\":\"schema\"");
    }

    @Test
    void extension_keys_starting_with_x_are_accepted_and_kept() {
        HttpResponse<String> saved = server.post("/api/scenarios",
                "{\"schema\":1,\"x-layout\":{\"zoom\":2},\"threads\":[{\"id\":\"a\",\"x-color\":\"red\",\"body\":[]}]}");

        assertThat(saved.statusCode()).isEqualTo(201);
        String id = saved.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(server.get("/api/scenarios/" + id).body()).contains("\"x-layout\":{\"zoom\":2}");
    }
}
