package dev.threadlab.ui.lesson;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import tools.jackson.databind.JsonNode;

/**
 * A lesson beside its diagram: the notes, the question to answer before running, and after the run
 * the grade of what happened (jcstress style) with its explanation.
 */
public final class LessonPanel extends Div {

    private static final long serialVersionUID = 1L;

    private final JsonNode lesson;
    private final Div result = new Div();
    private final TextArea prediction = new TextArea("Your prediction");
    private final H3 heading;

    public LessonPanel(String title, String notes, JsonNode lesson) {
        this.lesson = lesson;
        setId("lesson-panel");
        addClassName("lesson-panel");
        getElement().setAttribute("aria-label", "Lesson");
        if (lesson != null && lesson.has("section")) {
            Span section = new Span(lesson.path("section").asString(""));
            section.addClassName("lesson-section");
            add(section);
        }
        heading = new H3(title);
        heading.setId("lesson-title");
        Div notesText = NotesText.render(notes);
        notesText.setId("lesson-notes");
        add(heading, notesText);
        if (lesson != null && lesson.hasNonNull("predict")) {
            Div predict = new Div();
            predict.setId("lesson-predict");
            predict.addClassName("lesson-predict");
            Span label = new Span("Predict before you run");
            label.addClassName("lesson-label");
            Paragraph question = new Paragraph(lesson.path("predict").asString(""));
            question.setId("lesson-question");
            prediction.setId("prediction");
            prediction.setWidthFull();
            prediction.setPlaceholder("What will happen? Write it down, then press Run.");
            predict.add(label, question, prediction);
            add(predict);
        }
        result.setId("lesson-result");
        result.addClassName("lesson-result");
        add(result);
        if (lesson != null && lesson.hasNonNull("fixedVariant")) {
            String fixed = lesson.path("fixedVariant").asString("");
            Button next = new Button("Open the fixed version", e -> UI.getCurrent().navigate("editor/" + fixed));
            next.setId("lesson-fixed");
            add(next);
        }
    }

    /** The diagram was renamed. */
    public void setTitle(String title) {
        heading.setText(title);
    }

    /** A new run started: the previous grade no longer applies. */
    public void clearResult() {
        result.removeAll();
        result.getElement().removeAttribute("data-grade");
    }

    /**
     * Shows the grade the lab gave a finished run ({@code summary.grade}: the run was asked with the lesson), or that
     * the lesson did not foresee the outcome ({@code unclassified}).
     */
    public void showResult(JsonNode summary) {
        result.removeAll();
        JsonNode verdict = summary.path("grade");
        if (lesson == null || !verdict.isObject()) {
            return;
        }
        String grade = verdict.path("grade").asString("unclassified");
        Span badge = new Span(grade);
        badge.addClassNames("grade", "grade-" + grade);
        result.getElement().setAttribute("data-grade", grade);
        Paragraph description = new Paragraph(verdict.path("expectation").asInt(-1) < 0
                ? "The lesson did not foresee this outcome: look at the timeline to see why."
                : verdict.path("description").asString(""));
        description.setId("lesson-grade-description");
        result.add(new Span("What happened: "), badge, description);
        if (!prediction.getValue().isBlank()) {
            Paragraph yours = new Paragraph("You predicted: " + prediction.getValue());
            yours.addClassName("lesson-yours");
            result.add(yours);
        }
    }
}
