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
}
