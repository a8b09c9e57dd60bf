package dev.threadlab.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings of the lab's single-page UI: Lumo (light or dark) plus the lab's own styles. */
@Meta(name = "description", content = "Thread Lab: see CPython concurrency - threads, processes, the GIL, locks and queues.")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("lab.css")
public class AppShell implements AppShellConfigurator {

    private static final long serialVersionUID = 1L;

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Thread Lab");
    }
}
