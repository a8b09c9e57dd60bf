package dev.threadlab.explorations;

import dev.threadlab.server.LabSettings;
import dev.threadlab.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A synchronous exploration computes on the request's thread, so it holds one of the server's simulation slots as a
 * run does: on a server with a single slot, runs asked for while it searches are refused with 429, and served again
 * once it has answered.
 */
@Timeout(60)
class ExplorationSlotsApiTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> {
        LabSettings settings = LabSettings.forTest(TestServer.tempDataDir());
        return settings.withLimits(settings.limits().withSimulationSlots(1, 100));
    });

    /** Six workers, each three unsynchronised read-call-write increments: far more states than 3 s can search. */
    private static final String BIG_RACE = """
            {"schema":1,"title":"Big race","objects":[{"id":"counter","type":"int","value":0}],
             "threads":[{"id":"worker","count":6,"body":[{"op":"repeat","times":3,"body":[
               {"op":"read","target":"counter","as":"tmp"},{"op":"compute","ms":1},
               {"op":"write","target":"counter","value":"tmp + 1"}]}]}]}""";
    private static final String SMALL_RUN = """
            {"scenario":{"schema":1,"title":"One","threads":[{"id":"w","body":[{"op":"compute","ms":1}]}]}}""";

    @Test
    void runs_wait_for_the_slot_a_synchronous_exploration_holds() {
        CompletableFuture<HttpResponse<String>> exploring = CompletableFuture.supplyAsync(
                () -> server.post("/api/explore", "{\"scenario\": " + BIG_RACE + ", \"maxMillis\": 3000, \"maxSchedules\": 5000000}"));

        boolean refused = false;
        // a new seed each time: runs are content-addressed, and a run computed once is answered without a slot
        for (int seed = 1; !exploring.isDone() && !refused; seed++) {
            refused = server.post("/api/runs", SMALL_RUN.replace("\"title\":\"One\"",
                    "\"title\":\"One\",\"runtime\":{\"seed\":" + seed + "}")).statusCode() == 429;
        }
        HttpResponse<String> explored = exploring.join();

        assertThat(explored.statusCode()).as(explored.body()).isEqualTo(200);
        assertThat(refused).as("a run was refused while the exploration searched").isTrue();
        HttpResponse<String> after = server.post("/api/runs", SMALL_RUN);
        assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
    }
}
