package dev.threadlab.ui.layout;

import com.vaadin.flow.component.html.Anchor;

/**
 * A link the API answered as a path ({@code /s/{id}}), shown as the absolute URL the browser resolves it to, so
 * what the learner reads is what they can copy and send.
 */
public final class AbsoluteLink {

    private AbsoluteLink() {
    }

    public static Anchor of(String path, String id) {
        Anchor anchor = new Anchor(path, path);
        anchor.setId(id);
        anchor.getElement().executeJs("this.textContent = new URL(this.getAttribute('href'), location.href).href");
        return anchor;
    }
}
