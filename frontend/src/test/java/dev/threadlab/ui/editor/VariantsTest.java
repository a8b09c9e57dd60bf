package dev.threadlab.ui.editor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VariantsTest {

    @Test
    void the_comparison_runs_the_diagram_under_the_gil_free_threaded_and_as_processes() {
        ScenarioDocument doc = ScenarioDocument.parse("""
                {"schema":1,"runtime":{"model":"gil","cores":4},"objects":[],
                 "threads":[{"id":"a","body":[]},{"id":"b","count":2,"body":[]}]}""");

        var variants = Variants.of(doc);

        assertThat(variants).extracting(Variants.Variant::key).containsExactly("gil", "free-threaded", "processes");
        assertThat(variants.get(1).doc().runtime().path("model").asString()).isEqualTo("free-threaded");
        String processes = variants.get(2).doc().toCompactJson();
        assertThat(processes).contains("\"processes\":[{\"id\":\"p-a\"},{\"id\":\"p-b-1\"},{\"id\":\"p-b-2\"}]")
                .contains("\"process\":\"p-a\"").contains("\"process\":\"p-b-1\"").contains("\"process\":\"p-b-2\"");
        assertThat(doc.toCompactJson()).doesNotContain("processes");
    }

    @Test
    void speed_up_is_serial_work_over_elapsed_time() {
        var summary = ScenarioDocument.JSON.readTree("""
                {"elapsedMs": 100, "threads": [
                  {"id":"a","runningMs":100,"cpuMs":100,"ioMs":50,"waitingGilMs":20},
                  {"id":"b","runningMs":50,"cpuMs":50,"sleepingMs":0,"waitingGilMs":30}]}""");

        RunMetrics m = RunMetrics.of(summary, 4);

        assertThat(m.speedUp()).isEqualTo(2.0);
        assertThat(m.utilisation()).isEqualTo(150.0 / 400);
        assertThat(m.gilWaitMs()).isEqualTo(50.0);
    }

    @Test
    void a_pool_of_n_threads_becomes_n_processes_and_starts_and_joins_follow_them() {
        ScenarioDocument doc = ScenarioDocument.parse("""
                {"schema":1,"runtime":{"model":"gil","cores":4},"objects":[],
                 "threads":[{"id":"main","body":[{"op":"start","target":"w"},{"op":"join","target":"w"}]},
                            {"id":"w","count":2,"start":"manual","body":[{"op":"compute","ms":1}]}]}""");

        var changes = new java.util.ArrayList<String>();
        String processes = Variants.asProcesses(doc, changes).toCompactJson();

        assertThat(processes)
                .contains("\"processes\":[{\"id\":\"p-w-1\",\"start\":\"manual\"},{\"id\":\"p-w-2\",\"start\":\"manual\"}]")
                .contains("{\"id\":\"w-1\",\"body\":[{\"op\":\"compute\",\"ms\":1}],\"process\":\"p-w-1\"}")
                .contains("[{\"op\":\"start\",\"target\":\"p-w-1\"},{\"op\":\"start\",\"target\":\"p-w-2\"},"
                        + "{\"op\":\"join\",\"target\":\"p-w-1\"},{\"op\":\"join\",\"target\":\"p-w-2\"}]");
        assertThat(changes).containsExactly("w ×2 → 2 processes");
    }

    @Test
    void a_queue_shared_by_processes_becomes_a_multiprocessing_queue_unless_it_needs_task_done() {
        ScenarioDocument doc = ScenarioDocument.parse("""
                {"schema":1,"runtime":{"model":"gil","cores":4},
                 "objects":[{"id":"q","type":"Queue"},{"id":"jq","type":"Queue"},{"id":"own","type":"Queue"}],
                 "threads":[{"id":"p","body":[{"op":"put","target":"q","value":1},{"op":"put","target":"jq","value":1},
                                               {"op":"put","target":"own","value":1},{"op":"get","target":"own"}]},
                            {"id":"c","body":[{"op":"repeat","times":1,"body":[{"op":"get","target":"q"}]},
                                              {"op":"get","target":"jq"},{"op":"taskDone","target":"jq"}]}]}""");

        var changes = new java.util.ArrayList<String>();
        var objects = Variants.asProcesses(doc, changes).objects();

        assertThat(objects.get(0).path("type").asString()).isEqualTo("mp.Queue");
        assertThat(objects.get(1).path("type").asString()).isEqualTo("Queue");
        assertThat(objects.get(2).path("type").asString()).isEqualTo("Queue");
        assertThat(changes).hasSize(2).first().asString().startsWith("q: queue.Queue → multiprocessing.Queue");
    }
}
