package dev.threadlab.e2e;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(BrowserExtension.class)
class EditingIT {

    @Test
    void an_invalid_edit_shows_its_error_next_to_the_block_it_concerns(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/lost-update")
                .selectStep("threads[0].body[0].body[0]")
                .setField("target", "countr");

        assertThat(editor.waitForErrorsAt("threads[0].body[0].body[0]"))
                .anySatisfy(e -> assertThat(e).contains("countr").contains("counter"));
        assertThat(editor.errorsAt("threads[0].body[0]")).isEmpty();

        editor.setField("target", "counter").waitForNoErrorsAt("threads[0].body[0].body[0]");
        assertThat(editor.errorsAt("threads[0].body[0].body[0]")).isEmpty();
    }

    @Test
    void a_block_selected_from_the_keyboard_keeps_the_focus_after_the_diagram_is_redrawn(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/lost-update")
                .selectStepWithKey("threads[0].body[0].body[0]", Keys.ENTER);

        assertThat(editor.focusedStep()).isEqualTo("threads[0].body[0].body[0]");

        editor.selectStepWithKey("threads[0].body[0]", Keys.SPACE);

        assertThat(editor.focusedStep()).isEqualTo("threads[0].body[0]");
    }

    @Test
    void the_python_tab_shows_the_script_of_the_diagram(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor/lost-update");

        assertThat(editor.pythonScript()).contains("import threading").contains("counter");
    }

    @Test
    void signals_between_lanes_are_drawn_for_a_producer_and_a_consumer(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor")
                .addObject("Queue")
                .addThread().addStep("put")
                .addThread().addStep("get");

        assertThat(editor.stepCodes(0)).containsExactly("q.put(1)");
        assertThat(editor.stepCodes(1)).containsExactly("item = q.get()");
        assertThat(editor.signalCount()).isEqualTo(1);
    }
}
