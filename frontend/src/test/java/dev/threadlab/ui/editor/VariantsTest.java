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
        assertThat(processes).contains("\"processes\":[{\"id\":\"p-a\"},{\"id\":\"p-b\"}]")
                .contains("\"process\":\"p-a\"").contains("\"process\":\"p-b\"");
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
}
