package dev.threadlab.e2e;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.pages.TimelineView;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(BrowserExtension.class)
class RaceBuildingIT {

    @Test
    void two_threads_that_read_call_and_write_lose_an_update_until_a_lock_guards_them(WebDriver browser) {
        EditorPage editor = EditorPage.open(browser, RunningLab.baseUrl(), "/editor")
                .addObject("int")
                .addThread()
                .setField("count", "2")
                .selectLane(0)
                .addStep("read")
                .addStep("compute")
                .setField("ms", "30")
                .addStep("write");
        assertThat(editor.stepCodes(0)).containsExactly("tmp = counter", "compute(0.03)", "counter = tmp + 1");

        TimelineView racy = editor.run().jumpToEnd();
        assertThat(racy.finalVariables().get("counter")).isLessThan(2L);
        assertThat(racy.lostUpdatesLine()).startsWith("Lost updates: counter");

        editor.addObject("Lock")
                .selectStep("threads[0].body[0]").inspectorAction("step-wrap-with")
                .selectStep("threads[0].body[1]").inspectorAction("step-indent")
                .selectStep("threads[0].body[1]").inspectorAction("step-indent");
        assertThat(editor.stepCodes(0)).containsExactly("with lock:", "tmp = counter", "compute(0.03)", "counter = tmp + 1");

        TimelineView guarded = editor.run().jumpToEnd();
        assertThat(guarded.finalVariables()).containsEntry("counter", 2L);
        assertThat(guarded.lostUpdatesLine()).isEqualTo("No lost update.");
    }
}
