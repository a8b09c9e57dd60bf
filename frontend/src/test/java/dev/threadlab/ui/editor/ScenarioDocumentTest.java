package dev.threadlab.ui.editor;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioDocumentTest {

    private static ScenarioDocument race() {
        ScenarioDocument doc = ScenarioDocument.empty();
        doc.addObject("int");
        doc.addThread().put("count", 2);
        StepPath lane = StepPath.ofThread(0);
        for (String op : new String[] {"read", "compute", "write"}) {
            doc.insert(lane, Integer.MAX_VALUE, StepCatalog.newStep(op, doc, "t1"));
        }
        return doc;
    }

    @Test
    void a_new_step_names_the_first_fitting_object_of_the_diagram() {
        ScenarioDocument doc = race();

        assertThat(doc.step(StepPath.parse("threads[0].body[0]")).toString())
                .isEqualTo("{\"op\":\"read\",\"target\":\"counter\",\"as\":\"tmp\"}");
        assertThat(StepCatalog.python(doc.step(StepPath.parse("threads[0].body[2]")))).isEqualTo("counter = tmp + 1");
    }

    @Test
    void wrapping_a_step_in_with_and_indenting_the_next_ones_builds_a_critical_section() {
        ScenarioDocument doc = race();
        doc.addObject("Lock");

        StepPath with = doc.wrap(StepPath.parse("threads[0].body[0]"), StepCatalog.newStep("with", doc, "t1").without("body"));
        StepPath compute = doc.indent(StepPath.parse("threads[0].body[1]"));
        StepPath write = doc.indent(StepPath.parse("threads[0].body[1]"));

        assertThat(with).hasToString("threads[0].body[0]");
        assertThat(compute).hasToString("threads[0].body[0].body[1]");
        assertThat(write).hasToString("threads[0].body[0].body[2]");
        ObjectNode block = doc.step(with);
        assertThat(block.path("target").asString()).isEqualTo("lock");
        assertThat(block.path("body").size()).isEqualTo(3);
        assertThat(doc.threads().get(0).path("body").size()).isEqualTo(1);
    }

    @Test
    void outdenting_puts_a_step_just_after_its_block_and_moving_stops_at_the_edges() {
        ScenarioDocument doc = race();
        doc.addObject("Lock");
        doc.wrap(StepPath.parse("threads[0].body[0]"), StepCatalog.newStep("with", doc, "t1").without("body"));

        StepPath out = doc.outdent(StepPath.parse("threads[0].body[0].body[0]"));

        assertThat(out).hasToString("threads[0].body[1]");
        assertThat(doc.move(StepPath.parse("threads[0].body[0]"), -1)).hasToString("threads[0].body[0]");
        assertThat(doc.move(StepPath.parse("threads[0].body[0]"), 1)).hasToString("threads[0].body[1]");
    }

    @Test
    void renaming_an_object_renames_the_steps_that_use_it() {
        ScenarioDocument doc = race();

        doc.renameObject("counter", "total");

        assertThat(doc.toCompactJson()).contains("\"target\":\"total\"").doesNotContain("counter");
    }

    @Test
    void parsing_drops_the_lesson_and_keeps_unknown_keys() {
        ScenarioDocument doc = ScenarioDocument.parse("""
                {"schema":1,"title":"x","lesson":{"predict":"?"},"future":true,"threads":[]}""");

        assertThat(doc.toCompactJson()).doesNotContain("lesson").contains("\"future\":true").contains("\"objects\":[]");
    }

    @Test
    void text_that_is_not_a_json_object_is_refused_with_a_readable_message() {
        assertThatThrownBy(() -> ScenarioDocument.parse("[1, 2")).hasMessageStartingWith("This is not valid JSON");
        assertThatThrownBy(() -> ScenarioDocument.parse("[]")).hasMessageContaining("JSON object");
    }

    @Test
    void fresh_ids_never_collide_with_objects_or_threads() {
        ScenarioDocument doc = ScenarioDocument.empty();

        assertThat(doc.addObject("Lock").path("id").asString()).isEqualTo("lock");
        assertThat(doc.addObject("Lock").path("id").asString()).isEqualTo("lock2");
        assertThat(doc.addThread().path("id").asString()).isEqualTo("t1");
        assertThat(doc.addThread().path("id").asString()).isEqualTo("t2");
    }
}
