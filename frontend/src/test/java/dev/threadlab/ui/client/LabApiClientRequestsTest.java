package dev.threadlab.ui.client;

import dev.threadlab.engine.Timing;
import dev.threadlab.server.LabBackend;
import dev.threadlab.server.LabSettings;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The editor's typed bodies of {@code POST /api/explore}, {@code /api/scheduler} and {@code /api/runs} (one
 * {@link LabApiClient.ScenarioRequest}, no JSON built from strings), against the real API on port 0: the server reads
 * every field the client writes (a misspelt field is refused by the server's strict reader), an explorer's witness
 * replays to its outcome, and the scheduler stops at the lesson's first choice.
 */
class LabApiClientRequestsTest {

    private static Javalin server;
    private static LabApiClient api;
    private static String scenario;

    @BeforeAll
    static void start() throws Exception {
        server = LabBackend.start(LabSettings.forTest(Files.createTempDirectory("lab-client-requests")));
        api = new LabApiClient("http://127.0.0.1:" + server.port());
        scenario = api.preset("two-locks-deadlock").toString();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void every_outcome_the_explorer_finds_replays_from_its_witness_under_the_timing_it_names() {
        JsonNode explored = api.explore(scenario, Timing.ANY);

        assertThat(LabApiClient.timingOf(explored, Timing.SIMULATED)).isEqualTo(Timing.ANY);
        assertThat(explored.path("complete").asBoolean()).isTrue();
        List<String> outcomes = new ArrayList<>();
        for (JsonNode outcome : explored.path("outcomes")) {
            List<Integer> witness = new ArrayList<>();
            outcome.path("witness").forEach(choice -> witness.add(choice.asInt()));
            LabApiClient.RunAnswer replay = api.runSchedule(scenario, witness, Timing.ANY);
            assertThat(replay.summary().path("outcome").asString()).as("replay of %s", witness)
                    .isEqualTo(outcome.path("outcome").asString());
            outcomes.add(outcome.path("outcome").asString());
        }
        assertThat(outcomes).contains("deadlock", "completed");
    }

    @Test
    void the_explorer_is_asked_for_the_timing_the_switch_says() {
        assertThat(LabApiClient.timingOf(api.explore(scenario, Timing.SIMULATED), Timing.ANY))
                .isEqualTo(Timing.SIMULATED);
    }

    @Test
    void the_scheduler_reads_the_schedule_the_client_writes() {
        JsonNode first = api.schedulerStep(scenario, List.of());
        assertThat(first.path("choice").path("candidates").size()).isGreaterThan(1);

        assertThatThrownBy(() -> api.schedulerStep(scenario, List.of(99)))
                .isInstanceOfSatisfying(LabApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.errors()).anySatisfy(error -> assertThat(error.path()).isEqualTo("schedule[0]"));
                });
    }

    @Test
    void absent_fields_are_left_out_and_the_scenario_is_written_as_it_is() {
        String scenarioText = "{\"title\":\"t\",\"threads\":[]}";
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build()
                .writeValueAsString(LabApiClient.ScenarioRequest.of(scenarioText)))
                .isEqualTo("{\"scenario\":" + scenarioText + "}");
    }
}
