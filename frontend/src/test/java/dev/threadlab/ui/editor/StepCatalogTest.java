package dev.threadlab.ui.editor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StepCatalogTest {

    private static String python(String json) {
        return StepCatalog.python(ScenarioDocument.parse(json).root());
    }

    @Test
    void acquire_separates_its_arguments_with_a_comma() {
        assertThat(python("{\"op\":\"acquire\",\"target\":\"lock\"}")).isEqualTo("lock.acquire()");
        assertThat(python("{\"op\":\"acquire\",\"target\":\"lock\",\"blocking\":false}"))
                .isEqualTo("lock.acquire(blocking=False)");
        assertThat(python("{\"op\":\"acquire\",\"target\":\"lock\",\"timeoutMs\":500}"))
                .isEqualTo("lock.acquire(timeout=0.5)");
        assertThat(python("{\"op\":\"acquire\",\"target\":\"lock\",\"blocking\":false,\"timeoutMs\":500}"))
                .isEqualTo("lock.acquire(blocking=False, timeout=0.5)");
    }

    @Test
    void spin_until_is_a_busy_wait_loop_on_one_line() {
        assertThat(python("{\"op\":\"spinUntil\",\"condition\":\"flag == 1\"}")).isEqualTo("while not (flag == 1): pass");
    }

    @Test
    void if_and_while_are_flow_blocks_with_a_condition_and_break_has_no_field() {
        ScenarioDocument doc = ScenarioDocument.empty();
        doc.addObject("int");

        assertThat(StepCatalog.PALETTE.getLast().ops()).containsExactly("repeat", "if", "while", "break");
        assertThat(StepCatalog.fields("if")).extracting(StepCatalog.Field::key).containsExactly("condition");
        assertThat(StepCatalog.fields("while")).extracting(StepCatalog.Field::kind).containsExactly(StepCatalog.Kind.TEXT);
        assertThat(StepCatalog.fields("break")).isEmpty();
        assertThat(StepCatalog.newStep("if", doc, "t1").toString())
                .isEqualTo("{\"op\":\"if\",\"condition\":\"counter == 0\",\"then\":[]}");
        assertThat(StepCatalog.newStep("while", doc, "t1").toString())
                .isEqualTo("{\"op\":\"while\",\"condition\":\"counter < 3\",\"body\":[]}");
        assertThat(StepCatalog.newStep("break", doc, "t1").toString()).isEqualTo("{\"op\":\"break\"}");
        assertThat(python("{\"op\":\"break\"}")).isEqualTo("break");
    }
}
