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
import dev.threadlab.rooms.CloseCodes;
import dev.threadlab.rooms.DisplayName;
import dev.threadlab.rooms.SubmissionSource;
import dev.threadlab.ui.client.LabApiClient;
import dev.threadlab.ui.editor.DiagramEditor;
import dev.threadlab.ui.timeline.ThreadTimeline;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A student's side of a room: a name, then the teacher's playback, a raised hand, and the challenge, answered in the
 * lab's own diagram editor (palette, inspector, validation, Run, Explore) with the lesson's notes and question beside
 * it and a Submit button; the draft is kept in the browser per challenge, so a reload brings it back.
 */
class StudentPanel extends Div {

    private static final long serialVersionUID = 1L;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String code;
    private final transient LabApiClient api;
    private final Div prompt = new Div();
    private final Span error = new Span();
    private ThreadTimeline timeline;
    private RoomLink link;
    private final Span status = new Span();
    private final Span you = new Span();
    private final Button hand = new Button("✋ Raise hand");
    private boolean handRaised;
    private final Div challenge = new Div();
    private final Span goal = new Span();
    private final Div editorBox = new Div();
    private DiagramEditor editor;
    private final Span verdict = new Span();
    private final Span source = new Span();
    /** The challenge the editor holds a copy of: a new one replaces the student's edits, the same one never does. */
    private String challengeId;

    StudentPanel(LabApiClient api, String code, JsonNode room) {
        this.api = api;
        this.code = code;
        setId("student-panel");
        hand.addClickListener(e -> link.send(handRaised ? "{\"type\":\"LowerHand\"}" : "{\"type\":\"RaiseHand\"}"));
        error.setId("room-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        H2 heading = new H2();
        heading.setText(room.path("title").asString("Classroom"));
        heading.setId("room-heading");
        add(heading, error);
        if ("ended".equals(room.path("status").asString(""))) {
            error.setText("This room has ended.");
        }
        getElement().executeJs("return sessionStorage.getItem($0) || ''", "room-resume-" + code)
                .then(String.class, token -> {
                    if (token == null || token.isEmpty()) {
                        showPrompt();
                    } else {
                        enter("?name=");
                    }
                });
    }

    private void showPrompt() {
        prompt.removeAll();
        prompt.setId("join-prompt");
        TextField name = new TextField("Your name");
        name.setId("student-name");
        name.setMaxLength(DisplayName.MAX_LENGTH);
        name.setRequired(true);
        Button join = new Button("Join", e -> {
            String n = name.getValue().strip();
            if (n.isEmpty()) {
                error.setText("Please enter a name.");
                return;
            }
            error.setText("");
            prompt.removeFromParent();
            enter("?name=" + URLEncoder.encode(n, StandardCharsets.UTF_8).replace("+", "%20"));
        });
        join.setId("join");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        HorizontalLayout row = new HorizontalLayout(name, join);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        prompt.add(new Paragraph("Room " + code + ": enter the name your teacher will see."), row);
        add(prompt);
    }

    private void enter(String query) {
        if (link != null) {
            link.close();
            link.removeFromParent();
            timeline.removeFromParent();
        }
        timeline = new ThreadTimeline();
        timeline.setId("room-timeline");
        timeline.setAutoplay(false);
        timeline.setWidthFull();
        link = new RoomLink(code, query, timeline, false);
        link.addMessageListener(e -> onMessage(JSON.readTree(e.json())));
        status.setId("room-status");
        you.setId("you");
        hand.setId("raise-hand");
        challenge.setId("challenge");
        challenge.setVisible(false);
        goal.setId("challenge-goal-text");
        editorBox.setId("challenge-editor");
        editorBox.setWidthFull();
        verdict.setId("verdict");
        verdict.getElement().setAttribute("role", "status");
        challenge.removeAll();
        challenge.add(new H3("Challenge"), goal, verdict, editorBox);
        HorizontalLayout top = new HorizontalLayout(you, status, hand);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        source.setId("scenario-source");
        add(top, source, timeline, link, challenge);
        link.connect();
    }

    private void submit() {
        if (editor == null) {
            return;
        }
        JsonNode scenario = editor.validScenario().orElse(null);
        if (scenario == null) {
            verdict.setText("Not submitted: your diagram has problems, marked in red.");
            verdict.getElement().setAttribute("data-status", "invalid");
            return;
        }
        ObjectNode msg = JSON.createObjectNode();
        msg.put("type", "Submit");
        msg.set("scenario", scenario);
        verdict.setText("Sent…");
        verdict.getElement().setAttribute("data-status", "sent");
        link.send(msg.toString());
    }

    private void onMessage(JsonNode m) {
        switch (m.path("type").asString("")) {
            case "RoomState" -> {
                you.setText(m.path("you").path("name").asString(""));
                showSource(m.path("scenarioSource"));
                showStatus(m.path("status").asString("open"));
                showChallenge(m.path("challenge"));
                JsonNode last = null;
                for (JsonNode s : m.path("submissions")) {
                    last = s;
                }
                if (last != null) {
                    showVerdict(last);
                }
            }
            case "ChallengePosed" -> {
                showChallenge(m.path("challenge"));
                verdict.setText("");
                verdict.getElement().setAttribute("data-status", "");
            }
            case "SubmissionReceived", "SubmissionGraded" -> showVerdict(m.path("submission"));
            case "ScenarioLoaded" -> showSource(m.path("source"));
            case "HandRaised", "HandLowered" -> {
                handRaised = m.path("type").asString("").equals("HandRaised");
                hand.setText(handRaised ? "Lower hand" : "✋ Raise hand");
                hand.getElement().setAttribute("data-raised", String.valueOf(handRaised));
            }
            case "RoomLocked" -> showStatus("locked");
            case "RoomUnlocked" -> showStatus("open");
            case "RoomEnded" -> showStatus("ended");
            case "RoomRevoked" -> showStatus("revoked");
            case "Error" -> {
                String c = m.path("code").asString("");
                if ("still-grading".equals(c)) {
                    verdict.setText("Your previous submission is still being graded.");
                } else {
                    error.setText(m.path("message").asString(c));
                }
            }
            case "Closed" -> {
                int c = m.path("code").asInt();
                String reason = m.path("reason").asString("");
                status.setText("Disconnected" + (reason.isEmpty() ? "" : ": " + reason));
                status.getElement().setAttribute("data-status", "closed");
                String problem = switch (c) {
                    case CloseCodes.BAD_REQUEST -> "That name cannot be used: " + reason;
                    case CloseCodes.LOCKED -> "The room is locked: no new students can join.";
                    case CloseCodes.NOT_FOUND -> "This room no longer exists.";
                    case CloseCodes.FULL -> "The room is full.";
                    case CloseCodes.TOO_MANY -> "Too many attempts; wait a minute and try again.";
                    default -> null;
                };
                if (problem != null) {
                    error.setText(problem);
                    if (c == CloseCodes.BAD_REQUEST || c == CloseCodes.LOCKED) {
                        showPrompt();
                    }
                }
            }
            default -> {
            }
        }
    }

    private void showSource(JsonNode src) {
        String s = src.isString() ? src.asString() : "";
        source.setText(SubmissionSource.parse(s)
                .map(opened -> "Your teacher is showing " + opened.name() + "'s submission.").orElse(""));
        source.getElement().setAttribute("data-source", s);
    }

    private void showStatus(String s) {
        status.setText(switch (s) {
            case "locked" -> " · in the room (locked)";
            case "ended" -> " · the teacher ended the room";
            case "revoked" -> " · the room was closed";
            default -> " · in the room";
        });
        status.getElement().setAttribute("data-status", s);
        hand.setEnabled(!"ended".equals(s) && !"revoked".equals(s));
    }

    private void showChallenge(JsonNode c) {
        if (c == null || !c.isObject()) {
            challenge.setVisible(false);
            return;
        }
        challenge.setVisible(true);
        String title = c.path("scenario").path("title").asString("");
        goal.setText((title.isEmpty() ? "" : title + ": ") + Goals.describe(c)
                + ". Change the diagram below, run it, explore it, then submit it.");
        goal.getElement().setAttribute("data-goal", c.path("goal").path("kind").asString(""));
        // every RoomState (a reconnect too) repeats the challenge: keep the student's edits unless it is a new one
        String id = c.path("id").asString("");
        if (!id.equals(challengeId)) {
            challengeId = id;
            editorBox.removeAll();
            editor = new DiagramEditor(api, c.path("scenario"));
            Button submit = new Button("Submit", e -> submit());
            submit.setId("submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            editor.addAction(submit);
            editorBox.add(editor);
            editor.keepDraft("/room/" + code + "/challenge/" + id);
        }
    }

    private void showVerdict(JsonNode s) {
        JsonNode v = s.path("verdict");
        if (!v.isObject()) {
            verdict.setText("Grading…");
            verdict.getElement().setAttribute("data-status", "grading");
            return;
        }
        String st = v.path("status").asString("");
        verdict.setText(st + ": " + v.path("explanation").asString("") + " (" + v.path("method").asString("") + ")");
        verdict.getElement().setAttribute("data-status", st);
    }
}
