package dev.threadlab.ui.classroom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.threadlab.rooms.Challenge;
import dev.threadlab.rooms.DisplayName;
import dev.threadlab.rooms.RoomCommand;
import dev.threadlab.rooms.RoomEvent;
import dev.threadlab.ui.client.LabApiClient;
import dev.threadlab.ui.editor.DiagramEditor;
import dev.threadlab.ui.timeline.ThreadTimeline;
import tools.jackson.databind.JsonNode;

/**
 * A student's side of a room: a name, then the teacher's playback, a raised hand, and the challenge, answered in the
 * lab's own diagram editor (palette, inspector, validation, Run, Explore) with the lesson's notes and question beside
 * it and a Submit button; the draft is kept in the browser per challenge, so a reload brings it back.
 *
 * <p>The page is light on the server (issue 17): this view is made once, with every element the room needs, and the
 * browser's {@code <room-link>} does the rest — the name prompt, the join, and every room event (status, hand,
 * playback, verdicts) — without a server round trip. The server is asked only to open the editor on a new challenge
 * and to check and send a submission.
 */
class StudentPanel extends Div {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient LabApiClient api;
    private final RoomLink link;
    private final Div editorBox = new Div();
    private DiagramEditor editor;

    StudentPanel(LabApiClient api, String code, JsonNode room) {
        this.api = api;
        this.code = code;
        setId("student-panel");
        Span error = new Span();
        error.setId("room-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        H2 heading = new H2();
        heading.setText(room.path("title").asString("Classroom"));
        heading.setId("room-heading");
        if ("ended".equals(room.path("status").asString(""))) {
            error.setText("This room has ended.");
        }
        ThreadTimeline timeline = new ThreadTimeline();
        timeline.setId("room-timeline");
        timeline.setAutoplay(false);
        timeline.setWidthFull();
        link = new RoomLink(code, "", timeline, RoomLink.Role.STUDENT);
        link.addMessageListener(e -> e.dispatch(this::onEvent));
        Div joined = new Div(top(), sourceLine(), timeline, link, challenge());
        joined.setId("room-joined");
        joined.getElement().setAttribute("hidden", true);
        add(heading, error, prompt(), joined);
        link.connect(this);
    }

    /** The name prompt: the browser shows it when it has no resume token for this room, and joins from it. */
    private Div prompt() {
        TextField name = new TextField("Your name");
        name.setId("student-name");
        name.setMaxLength(DisplayName.MAX_LENGTH);
        name.setValueChangeMode(null); // read by the browser when it joins: no round trip to the server
        Button join = new Button("Join");
        join.setId("join");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(name, join);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Div prompt = new Div(new Paragraph("Room " + code + ": enter the name your teacher will see."), row);
        prompt.setId("join-prompt");
        prompt.getElement().setAttribute("hidden", true);
        return prompt;
    }

    private static HorizontalLayout top() {
        Span you = new Span();
        you.setId("you");
        Span status = new Span();
        status.setId("room-status");
        Button hand = new Button("✋ Raise hand");
        hand.setId("raise-hand");
        HorizontalLayout top = new HorizontalLayout(you, status, hand);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return top;
    }

    private static Span sourceLine() {
        Span source = new Span();
        source.setId("scenario-source");
        return source;
    }

    private Div challenge() {
        Span goal = new Span();
        goal.setId("challenge-goal-text");
        Span verdict = new Span();
        verdict.setId("verdict");
        verdict.getElement().setAttribute("role", "status");
        editorBox.setId("challenge-editor");
        editorBox.setWidthFull();
        Div challenge = new Div(new H3("Challenge"), goal, verdict, editorBox);
        challenge.setId("challenge");
        challenge.getElement().setAttribute("hidden", true);
        return challenge;
    }

    private void submit() {
        if (editor == null) {
            return;
        }
        JsonNode scenario = editor.validScenario().orElse(null);
        if (scenario == null) {
            link.showVerdict("invalid", "Not submitted: your diagram has problems, marked in red.");
            return;
        }
        link.showVerdict("sent", "Sent…");
        link.send(new RoomCommand.Submit(scenario));
    }

    /** The browser passes on only a challenge this page has not opened yet: the editor opens on its scenario. */
    private void onEvent(RoomEvent event) {
        if (event instanceof RoomEvent.ChallengePosed(Challenge c) && c != null) {
            openEditor(c);
        }
    }

    private void openEditor(Challenge c) {
        String id = c.id();
        editorBox.removeAll();
        editor = new DiagramEditor(api, c.scenario());
        Button submit = new Button("Submit", e -> submit());
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        editor.addAction(submit);
        editorBox.add(editor);
        editor.keepDraft("/room/" + code + "/challenge/" + id);
    }
}
