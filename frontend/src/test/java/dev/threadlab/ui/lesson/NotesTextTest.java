package dev.threadlab.ui.lesson;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotesTextTest {

    @Test
    void html_in_notes_stays_text() {
        Div notes = NotesText.render("<img src=x onerror=alert(1)> and `<b>code</b>`");

        Component paragraph = notes.getChildren().findFirst().orElseThrow();
        assertThat(paragraph.getChildren()).hasSize(2);
        assertThat(paragraph.getChildren().findFirst().orElseThrow()).isInstanceOf(Text.class);
        assertThat(((Text) paragraph.getChildren().findFirst().orElseThrow()).getText()).startsWith("<img src=x");
        assertThat(notes.getElement().getOuterHTML()).contains("&lt;img").doesNotContain("<img");
    }

    @Test
    void code_bold_and_lists_are_rendered_as_components() {
        Div notes = NotesText.render("Thread `a` takes **x**.\n\n- one\n- two");

        assertThat(notes.getChildren()).hasSize(2);
        assertThat(NotesText.inline("a `b` c")).hasSize(3).element(1).isInstanceOf(Code.class);
        assertThat(notes.getElement().getOuterHTML()).contains("<li>one</li>").contains("<code>a</code>");
    }
}
