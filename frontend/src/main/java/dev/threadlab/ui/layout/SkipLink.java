package dev.threadlab.ui.layout;

import com.vaadin.flow.component.html.Anchor;

/**
 * A link that moves the keyboard focus to a part of the page (WCAG 2.4.1, bypass blocks): hidden until it is focused.
 * It focuses the target in the page itself, because the page's {@code <base>} would turn a bare {@code #id} into a
 * link to another page.
 */
public final class SkipLink extends Anchor {

    private static final long serialVersionUID = 1L;

    /** A link reading {@code text} that moves the focus to the first element {@code selector} matches. */
    public SkipLink(String id, String text, String selector) {
        super("#", text);
        setId(id);
        addClassName("skip-link");
        getElement().setAttribute("router-ignore", true);
        getElement().executeJs("""
                this.addEventListener('click', e => {
                  e.preventDefault();
                  const target = document.querySelector($0);
                  if (!target) return;
                  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
                  target.scrollIntoView({ block: 'start' });
                  target.focus({ preventScroll: true });
                });""", selector);
    }
}
