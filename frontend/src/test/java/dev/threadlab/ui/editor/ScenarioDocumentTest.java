package dev.threadlab.ui.editor;

import dev.threadlab.engine.model.StepOp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioDocumentTest {

    private static ScenarioDocument race() {
        ScenarioDocument doc = ScenarioDocument.empty();
        doc.addObject("int");
        doc.addThread().put("count", 2);
        StepPath.StepList lane = StepPath.StepList.ofThread(0);
        for (StepOp op : new StepOp[] {StepOp.READ, StepOp.COMPUTE, StepOp.WRITE}) {
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

        StepPath with = doc.wrap(StepPath.parse("threads[0].body[0]"), StepCatalog.newStep(StepOp.WITH, doc, "t1").without("body"));
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
        doc.wrap(StepPath.parse("threads[0].body[0]"), StepCatalog.newStep(StepOp.WITH, doc, "t1").without("body"));

        StepPath out = doc.outdent(StepPath.parse("threads[0].body[0].body[0]"));

        assertThat(out).hasToString("threads[0].body[1]");
        assertThat(doc.move(StepPath.parse("threads[0].body[0]"), -1)).hasToString("threads[0].body[0]");
        assertThat(doc.move(StepPath.parse("threads[0].body[0]"), 1)).hasToString("threads[0].body[1]");
    }

    @Test
    void renaming_an_object_renames_the_steps_that_use_it() {
        ScenarioDocument doc = race();

        assertThat(doc.renameObject(0, "counter", "total")).isTrue();

        assertThat(doc.toCompactJson()).contains("\"target\":\"total\"").doesNotContain("counter");
    }

    @Test
    void renaming_a_lock_renames_the_condition_built_on_it() {
        ScenarioDocument doc = race();
        doc.addObject("Lock");
        ObjectNode cond = doc.addObject("Condition").put("lock", "lock");

        doc.renameObject(1, "lock", "mutex");

        assertThat(cond.path("lock").asString()).isEqualTo("mutex");
    }

    @Test
    void renaming_to_the_id_of_another_object_renames_only_that_object_and_merges_nothing() {
        ScenarioDocument doc = race();
        doc.addObject("int").put("id", "total");
        doc.insert(StepPath.StepList.ofThread(0), Integer.MAX_VALUE, StepCatalog.newStep(StepOp.INCREMENT, doc, "t1").put("target", "total"));

        assertThat(doc.renameObject(0, "counter", "total")).isFalse();

        assertThat(doc.objectIds(java.util.Set.of())).containsExactly("total", "total");
        assertThat(targets(doc)).containsExactly("counter", "counter", "total");
    }

    @Test
    void a_blank_id_on_the_way_keeps_the_references_and_they_follow_the_next_usable_id() {
        ScenarioDocument doc = race();
        doc.addObject("Event");
        doc.addObject("Condition"); // no lock: an empty "from" must not give it one
        doc.insert(StepPath.StepList.ofThread(0), Integer.MAX_VALUE, StepCatalog.newStep(StepOp.SET, doc, "t1").put("target", ""));

        assertThat(doc.renameObject(0, "counter", "")).isFalse();
        assertThat(doc.renameObject(0, "", "n")).isFalse();
        assertThat(doc.renameObject(0, "counter", "n")).isTrue();

        assertThat(doc.objectIds(java.util.Set.of())).containsExactly("n", "event", "cond");
        assertThat(targets(doc)).containsExactly("n", "n", "");
        assertThat(doc.objects().get(2).has("lock")).isFalse();
    }

    @Test
    void renaming_a_thread_renames_the_start_join_and_cancel_steps_that_name_it_and_nothing_else() {
        ScenarioDocument doc = race();
        doc.addThread();
        StepPath.StepList main = StepPath.StepList.ofThread(1);
        for (StepOp op : new StepOp[] {StepOp.START, StepOp.JOIN, StepOp.CANCEL}) {
            doc.insert(main, Integer.MAX_VALUE, StepCatalog.newStep(op, doc, "t2"));
        }
        // an object step that happens to name the thread is not a reference to it
        doc.insert(main, Integer.MAX_VALUE, StepCatalog.newStep(StepOp.INCREMENT, doc, "t2").put("target", "t1"));

        assertThat(doc.renameThread(0, "t1", "worker")).isTrue();

        assertThat(doc.threadIds()).containsExactly("worker", "t2");
        assertThat(targets(doc)).containsExactly("counter", "counter", "worker", "worker", "worker", "t1");
    }

    @Test
    void renaming_a_thread_to_a_blank_or_taken_id_renames_only_that_thread() {
        ScenarioDocument doc = race();
        doc.addThread();
        doc.insert(StepPath.StepList.ofThread(1), 0, StepCatalog.newStep(StepOp.JOIN, doc, "t2"));

        assertThat(doc.renameThread(0, "t1", "t2")).isFalse();
        assertThat(doc.renameThread(0, "t1", "")).isFalse();

        assertThat(doc.threadIds()).containsExactly("", "t2");
        assertThat(doc.step(StepPath.parse("threads[1].body[0]")).path("target").asString()).isEqualTo("t1");
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

    /** Every step's target, lane by lane, in order. */
    private static java.util.List<String> targets(ScenarioDocument doc) {
        java.util.List<String> out = new java.util.ArrayList<>();
        doc.threads().forEach(t -> collect(t.path("body"), out));
        return out;
    }

    private static void collect(tools.jackson.databind.JsonNode body, java.util.List<String> out) {
        body.forEach(step -> {
            if (step.has("target")) {
                out.add(step.path("target").asString());
            }
            collect(step.path("body"), out);
        });
    }

    @Test
    void an_if_takes_new_steps_in_its_then_and_the_else_label_takes_them_in_its_else() {
        ScenarioDocument doc = race();
        StepPath iff = doc.insert(StepPath.StepList.ofThread(0), Integer.MAX_VALUE, StepCatalog.newStep(StepOp.IF, doc, "t1"));

        StepPath inThen = doc.insert(new Selection.Step(iff).insertionList(doc), Integer.MAX_VALUE,
                StepCatalog.newStep(StepOp.INCREMENT, doc, "t1"));
        Selection elseLabel = new Selection.Branch(new StepPath.StepList(iff, StepPath.Branch.ELSE));
        StepPath inElse = doc.insert(elseLabel.insertionList(doc), elseLabel.insertionIndex(doc),
                StepCatalog.newStep(StepOp.BREAK, doc, "t1"));

        assertThat(inThen).hasToString("threads[0].body[3].then[0]");
        assertThat(inElse).hasToString("threads[0].body[3].else[0]");
        assertThat(doc.step(iff).toString()).isEqualTo("{\"op\":\"if\",\"condition\":\"counter == 0\","
                + "\"then\":[{\"op\":\"increment\",\"target\":\"counter\"}],\"else\":[{\"op\":\"break\"}]}");
    }

    @Test
    void an_else_left_empty_is_dropped_and_indenting_under_an_if_fills_its_else_when_it_has_one() {
        ScenarioDocument doc = race();
        StepPath iff = doc.wrap(StepPath.parse("threads[0].body[1]"), StepCatalog.newStep(StepOp.IF, doc, "t1").without("then"));
        doc.insert(new StepPath.StepList(iff, StepPath.Branch.ELSE), 0, StepCatalog.newStep(StepOp.BREAK, doc, "t1"));

        StepPath write = doc.indent(StepPath.parse("threads[0].body[2]"));
        assertThat(write).hasToString("threads[0].body[1].else[1]");

        doc.remove(StepPath.parse("threads[0].body[1].else[0]"));
        StepPath out = doc.outdent(StepPath.parse("threads[0].body[1].else[0]"));

        assertThat(out).hasToString("threads[0].body[2]");
        assertThat(doc.step(iff).has("else")).as("an empty else is no else").isFalse();
        assertThat(doc.step(iff).path("then").toString()).isEqualTo("[{\"op\":\"compute\",\"ms\":1}]");
    }

    @Test
    void a_while_wraps_a_step_in_its_body_and_renaming_reaches_the_steps_of_every_branch() {
        ScenarioDocument doc = race();
        StepPath loop = doc.wrap(StepPath.parse("threads[0].body[0]"), StepCatalog.newStep(StepOp.WHILE, doc, "t1").without("body"));
        StepPath iff = doc.insert(new StepPath.StepList(loop, StepPath.Branch.BODY), 1, StepCatalog.newStep(StepOp.IF, doc, "t1"));
        doc.insert(new StepPath.StepList(iff, StepPath.Branch.ELSE), 0, StepCatalog.newStep(StepOp.INCREMENT, doc, "t1"));

        doc.renameObject(0, "counter", "total");

        assertThat(doc.step(loop).path("condition").asString()).isEqualTo("counter < 3");
        assertThat(doc.step(loop).path("body").get(0).path("target").asString()).isEqualTo("total");
        assertThat(doc.step(StepPath.parse("threads[0].body[0].body[1].else[0]")).path("target").asString())
                .isEqualTo("total");
    }
}
