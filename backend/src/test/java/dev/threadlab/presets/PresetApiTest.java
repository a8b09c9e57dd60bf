package dev.threadlab.presets;

import dev.threadlab.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class PresetApiTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void the_catalogue_lists_presets_in_teaching_order_with_title_section_and_summary() {
        HttpResponse<String> response = server.get("/api/presets");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("[{\"id\":\"items-serial\",\"title\":\"10,000 items, one thread\","
                        + "\"section\":\"1. Why concurrency\",\"summary\":")
                .contains("{\"id\":\"lost-update\",\"title\":\"Lost update\",\"section\":\"6. Lock and RLock\"")
                .contains("{\"id\":\"two-locks-deadlock\"")
                .endsWith("\"section\":\"14. Classics\",\"summary\":\"Three workers wait at a Condition until the last "
                        + "one to arrive, whoever it is, calls notify_all().\"}]");
    }

    @Test
    void a_preset_is_a_scenario_with_its_lesson() {
        HttpResponse<String> response = server.get("/api/presets/two-locks-deadlock");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"schema\":1,\"title\":\"Two locks, opposite order\"")
                .contains("\"lesson\":{\"id\":\"two-locks-deadlock\"");
    }

    @Test
    void an_unknown_preset_is_a_404_problem() {
        HttpResponse<String> response = server.get("/api/presets/nope");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("nope");
    }
}
