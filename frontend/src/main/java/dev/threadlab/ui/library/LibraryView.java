package dev.threadlab.ui.library;

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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The start page: every lesson, grouped by the sections of the course. */
@Route("")
@PageTitle("Library · Thread Lab")
public class LibraryView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public LibraryView() {
        setId("library-view");
        H2 heading = new H2("Lesson library");
        heading.setId("library-heading");
        add(heading, new Paragraph("Pick a lesson: each is a thread diagram you can run, watch and change."));
        try {
            showSections(LabApiClient.local().presets());
        } catch (LabApiException e) {
            Span error = new Span("The lessons could not be loaded: " + e.getMessage());
            error.setId("library-error");
            add(error);
        }
    }

    private void showSections(List<PresetSummary> presets) {
        Map<String, List<PresetSummary>> bySection = new LinkedHashMap<>();
        for (PresetSummary p : presets) {
            bySection.computeIfAbsent(p.section(), s -> new java.util.ArrayList<>()).add(p);
        }
        bySection.forEach((section, lessons) -> {
            Div group = new Div(new H3(section));
            group.addClassName("library-section");
            lessons.forEach(lesson -> group.add(lessonCard(lesson)));
            add(group);
        });
    }

    private static Div lessonCard(PresetSummary lesson) {
        Div card = new Div(new Span(lesson.title()), new Paragraph(lesson.summary()));
        card.addClassName("lesson-card");
        card.setId("lesson-" + lesson.id());
        return card;
    }
}
