package dev.threadlab.ui.layout;

import com.vaadin.flow.component.Component;

/**
 * Vaadin's {@code <vaadin-tabs>} (role {@code tablist}) wraps its tabs in a scroller {@code <div tabindex="-1">}
 * inside its shadow root, a child a tablist may not have (axe-core: {@code aria-required-children}, critical), so
 * assistive technology can misread the tabs. The focusable attribute is taken off that scroller once the tabs have
 * rendered; the tabs keep their own roving focus.
 */
public final class TablistFix {

    private TablistFix() {
    }

    /** Fixes every {@code <vaadin-tabs>} inside {@code host} (a TabSheet or Tabs, or a view holding them). */
    public static void apply(Component host) {
        host.getElement().executeJs("""
                const root = this;
                customElements.whenDefined('vaadin-tabs').then(() => {
                  const tablists = root.localName === 'vaadin-tabs' ? [root] : [...root.querySelectorAll('vaadin-tabs')];
                  tablists.forEach(async tabs => {
                    await tabs.updateComplete;
                    tabs.shadowRoot?.getElementById('scroll')?.removeAttribute('tabindex');
                  });
                });""");
    }
}
