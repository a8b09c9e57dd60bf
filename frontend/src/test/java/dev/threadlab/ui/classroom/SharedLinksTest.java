package dev.threadlab.ui.classroom;

import dev.threadlab.ui.client.LabApiException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a pasted link names; only an id is taken from it, never the link itself. */
class SharedLinksTest {

    @Test
    void a_run_link_names_its_run() {
        assertThat(SharedLinks.resolve(null, " https://lab.example/editor?run=r-12_ab "))
                .isEqualTo(new SharedLinks.RunTarget("r-12_ab"));
        assertThat(SharedLinks.resolve(null, "/editor?x=1&run=abc#t")).isEqualTo(new SharedLinks.RunTarget("abc"));
    }

    @Test
    void anything_else_is_refused_with_what_a_link_may_look_like() {
        for (String link : new String[] {"", "https://evil.example/", "/s/../../api", "?run=a/b", "javascript:alert(1)"}) {
            assertThatThrownBy(() -> SharedLinks.resolve(null, link)).as(link).isInstanceOf(LabApiException.class)
                    .hasMessageContaining("/s/");
        }
    }
}
