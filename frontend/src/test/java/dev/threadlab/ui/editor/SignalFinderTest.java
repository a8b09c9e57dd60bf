package dev.threadlab.ui.editor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignalFinderTest {

    @Test
    void set_wakes_wait_and_put_wakes_get_across_lanes_only() {
        ScenarioDocument doc = ScenarioDocument.parse("""
                {"schema":1,"objects":[{"id":"ready","type":"Event"},{"id":"q","type":"Queue"}],
                 "threads":[
                   {"id":"producer","body":[{"op":"put","target":"q","value":1},{"op":"set","target":"ready"}]},
                   {"id":"consumer","body":[{"op":"wait","target":"ready"},{"op":"get","target":"q"},
                                            {"op":"put","target":"q"}]}]}""");

        assertThat(SignalFinder.find(doc)).extracting(s -> s.from() + " " + s.kind() + " " + s.to())
                .containsExactly("threads[0].body[0] put → get threads[1].body[1]",
                        "threads[0].body[1] set → wait threads[1].body[0]");
    }
}
