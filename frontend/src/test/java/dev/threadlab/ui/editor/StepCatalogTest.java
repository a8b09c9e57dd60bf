package dev.threadlab.ui.editor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StepCatalogTest {

    /** A step as the editor holds it: a JSON object (not a scenario document, which adds scenario keys). */
    private static String python(String json) {
        return StepCatalog.python(tools.jackson.databind.json.JsonMapper.builder().build().readTree(json));
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
    void conditions_and_loops_are_written_as_the_exported_script_writes_them() {
        assertThat(python("{\"op\":\"if\",\"condition\":\"not  fork1.acquire(False)\",\"then\":[{\"op\":\"break\"}]}"))
                .isEqualTo("if not fork1.acquire(blocking=False):");
        assertThat(python("{\"op\":\"while\",\"condition\":\"(items == 0)\",\"body\":[]}")).isEqualTo("while items == 0:");
        assertThat(python("{\"op\":\"break\"}")).isEqualTo("break");
        assertThat(python("{\"op\":\"compute\",\"ms\":30}")).isEqualTo("compute(0.03)");
    }

    @Test
    void a_step_still_being_filled_in_shows_its_op() {
        assertThat(python("{\"op\":\"acquire\"}")).isEqualTo("acquire");
    }
}
