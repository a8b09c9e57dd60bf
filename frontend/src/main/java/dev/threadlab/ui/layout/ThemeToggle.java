package dev.threadlab.ui.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** Switches between Lumo's light and dark themes; the browser remembers the choice. */
final class ThemeToggle extends Button {

    private static final long serialVersionUID = 1L;

    private static final String APPLY = """
            const dark = localStorage.getItem('lab-theme') === 'dark';
            if (dark) document.documentElement.setAttribute('theme', 'dark');
            else document.documentElement.removeAttribute('theme');
            """;

    ThemeToggle() {
        super("◐ Theme");
        setId("theme-toggle");
        setAriaLabel("Switch between light and dark theme");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        addClickListener(e -> getElement().executeJs("""
                localStorage.setItem('lab-theme', localStorage.getItem('lab-theme') === 'dark' ? 'light' : 'dark');
                """ + APPLY));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(APPLY);
    }
}
