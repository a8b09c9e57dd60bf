package dev.threadlab.ui.library;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.threadlab.ui.client.LabApiClient;
import dev.threadlab.ui.client.LabApiClient.PresetSummary;
import dev.threadlab.ui.client.LabApiException;

import java.util.List;

/** The start page: every lesson, grouped by the sections of the course; each opens in the editor. */
@Route("")
@PageTitle("Library · Thread Lab")
public class LibraryView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public LibraryView() {
        setId("library-view");
        H2 heading = new H2("Lesson library");
        heading.setId("library-heading");
        add(heading, new Paragraph("Pick a lesson: each is a thread diagram you can run, watch and change. "
                + "Answer its question before you run it."));
        Anchor empty = new Anchor("editor", "Start from an empty diagram");
        empty.setId("open-empty-editor");
        empty.addClassName("lesson-card");
        add(empty);
        try {
            showSections(LabApiClient.local().presets());
        } catch (LabApiException e) {
            Span error = new Span("The lessons could not be loaded: " + e.getMessage());
            error.setId("library-error");
            add(error);
        }
    }

    private void showSections(List<PresetSummary> presets) {
        LessonSections.group(presets).forEach((section, lessons) -> {
            Div cards = new Div();
            cards.addClassName("lesson-cards");
            lessons.forEach(lesson -> cards.add(lessonCard(lesson)));
            Div group = new Div(new H3(section), cards);
            group.addClassName("library-section");
            add(group);
        });
    }

    private static Anchor lessonCard(PresetSummary lesson) {
        Span title = new Span(lesson.title());
        title.addClassName("lesson-card-title");
        Anchor card = new Anchor("editor/" + lesson.id(), title, new Paragraph(lesson.summary()));
        card.addClassName("lesson-card");
        card.setId("lesson-" + lesson.id());
        return card;
    }
}
