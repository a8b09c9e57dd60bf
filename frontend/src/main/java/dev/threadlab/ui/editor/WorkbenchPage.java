package dev.threadlab.ui.editor;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;

import java.util.Optional;

/**
 * A page that shows one {@link Workbench} (a lesson, a new diagram, a shared snapshot): it takes the
 * whole width, names itself after the diagram, and says so plainly when the diagram cannot be opened.
 */
abstract class WorkbenchPage extends Div implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private String title;

    WorkbenchPage(String id, String title) {
        this.title = title;
        setId(id);
        setSizeFull();
    }

    void titled(String diagramTitle) {
        title = diagramTitle + " · Thread Lab";
    }

    /** Autosaves the diagram of this page and plays again the run its address names (a reload keeps the work). */
    void keepWork(Workbench workbench, com.vaadin.flow.router.BeforeEvent event) {
        // The timeline is far down, behind the palette's buttons: a skip link and Alt+T (RunPanel) reach it.
        addComponentAsFirst(new dev.threadlab.ui.layout.SkipLink("skip-to-timeline", "Skip to the timeline (Alt+T)",
                "thread-timeline"));
        java.util.List<String> run = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault("run", java.util.List.of());
        workbench.keepWork("/" + event.getLocation().getPath(), run.stream().findFirst());
    }

    void cannotOpen(String what, String why) {
        Span error = new Span(what + " cannot be opened: " + why);
        error.setId("editor-error");
        add(error);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // The diagram needs the width: the navigation drawer starts closed here (its toggle opens it).
        Optional.ofNullable(findAncestor(AppLayout.class)).ifPresent(l -> l.setDrawerOpened(false));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
