package dev.threadlab.explorations;

import dev.threadlab.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code spinUntil} step (a contract extension for busy-waits such as Peterson's) through the public API. */
class SpinUntilApiTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static String scenario(String condition) {
        return """
                {"schema": 1, "runtime": {"model": "gil"},
                 "objects": [{"id": "flag", "type": "int", "value": 0}, {"id": "turn", "type": "int", "value": 0},
                             {"id": "lock", "type": "Lock"}],
                 "threads": [{"id": "waiter", "body": [{"op": "spinUntil", "condition": "%s"}]},
                             {"id": "setter", "body": [{"op": "compute", "ms": 2}, {"op": "write", "target": "flag", "value": "1"}]}]}
                """.formatted(condition);
    }

    @Test
    void a_spin_ends_when_another_thread_writes_what_it_waits_for() {
        var res = server.post("/api/runs", "{\"scenario\": " + scenario("flag == 1 or turn == 5") + "}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        assertThat(res.body()).contains("\"outcome\":\"completed\"");
    }

    @Test
    void a_spin_nobody_ends_is_reported_as_a_deadlock_on_its_condition() {
        var res = server.post("/api/runs", "{\"scenario\": " + scenario("flag == 2") + "}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        assertThat(res.body()).contains("\"outcome\":\"deadlock\"").contains("until flag == 2");
    }

    @Test
    void a_malformed_condition_or_a_name_that_is_not_a_shared_int_is_a_422_at_its_path() {
        var bad = server.post("/api/runs", "{\"scenario\": " + scenario("flag = 1") + "}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("threads[0].body[0].condition");
        var notInt = server.post("/api/runs", "{\"scenario\": " + scenario("lock == 1") + "}");
        assertThat(notInt.statusCode()).isEqualTo(422);
        assertThat(notInt.body()).contains("is not a shared int");
    }

    @Test
    void the_python_export_writes_a_busy_wait_loop() {
        var res = server.post("/api/export/python", scenario("flag == 1 or turn == 5"));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        assertThat(res.body()).contains("while not (flag == 1 or turn == 5):").contains("pass  # busy-wait");
    }
}
