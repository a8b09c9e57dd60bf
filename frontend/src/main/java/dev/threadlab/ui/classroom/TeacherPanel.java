package dev.threadlab.ui.classroom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import dev.threadlab.rooms.Goal;
import dev.threadlab.rooms.SubmissionSource;
import dev.threadlab.ui.client.LabApiClient;
import dev.threadlab.ui.client.LabApiException;
import dev.threadlab.ui.editor.DiagramEditor;
import dev.threadlab.ui.timeline.ThreadTimeline;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The teacher's side of a room. The room's timeline is the one set of controls: play, pause, step, seek (click or
 * drag), speed, all sent to every student. The teacher shows the room a lesson, a shared link or the diagram they
 * build here, poses a challenge with a goal in words, reads "who needs help" and shows a student's answer to the room.
 */
class TeacherPanel extends Div {

    private static final long serialVersionUID = 1L;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What a challenge starts from: the diagram built on this page, or a lesson. */
    private sealed interface Start {
        String label();
    }

    private record OwnDiagram() implements Start {
        @Override
        public String label() {
            return "Your diagram (built below)";
        }
    }

    private record FromLesson(LabApiClient.PresetSummary preset) implements Start {
        @Override
        public String label() {
            return preset.title() + " (" + preset.id() + ")";
        }
    }

    private final transient LabApiClient api;
    private final RoomLink link;
    private final ThreadTimeline timeline = new ThreadTimeline();
    private final DiagramEditor editor;
    private final Span status = new Span();
    private final Span error = new Span();
    private final Span source = new Span();
    private final Div roster = new Div();
    private final Span memberCount = new Span();
    private final ResultsTable results;
    private final Span challengeText = new Span();
    private final Map<String, JsonNode> members = new LinkedHashMap<>();

    TeacherPanel(LabApiClient api, String code, String token, JsonNode room) {
        this.api = api;
        setId("teacher-panel");
        String teacherQuery = "?teacher=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        timeline.setId("room-timeline");
        timeline.setAutoplay(false);
        timeline.setWidthFull();
        link = new RoomLink(code, teacherQuery, timeline, RoomLink.Role.TEACHER);
        link.addMessageListener(e -> onMessage(JSON.readTree(e.json())));
        results = new ResultsTable(id -> link.send(command("OpenSubmission").put("submissionId", id).toString()));

        H2 heading = new H2();
        heading.setText(room.path("title").asString("Classroom") + " · " + code);
        heading.setId("room-heading");
        status.setId("room-status");
        error.setId("room-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Anchor presenter = new Anchor("room/" + code + teacherQuery + "&present", "Presenter view (for the projector)");
        presenter.setId("presenter-link");
        presenter.setTarget(AnchorTarget.BLANK);

        List<LabApiClient.PresetSummary> presets;
        try {
            presets = api.presets();
        } catch (LabApiException e) {
            presets = List.of();
            error.setText("The lessons cannot be listed: " + e.getMessage());
        }
        editor = new DiagramEditor(api);
        editor.setId("teacher-editor");
        editor.keepDraft("/room/" + code + "/teacher");
        Button sendDiagram = new Button("Run for the room", e -> sendDiagram());
        sendDiagram.setId("send-diagram");
        sendDiagram.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        editor.addAction(sendDiagram);

        Select<String> mode = new Select<>();
        mode.setLabel("Students");
        mode.setId("room-mode");
        mode.setItems("follow", "free");
        mode.setItemLabelGenerator(m -> "follow".equals(m) ? "follow the teacher" : "explore on their own");
        mode.setValue("follow");
        mode.addValueChangeListener(e -> link.send(command("SetMode").put("mode", e.getValue()).toString()));
        source.setId("scenario-source");
        HorizontalLayout showing = new HorizontalLayout(source, mode);
        showing.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        roster.setId("roster");
        memberCount.setId("member-count");
        Div rosterBox = new Div(new H3("Students"), memberCount, roster);
        rosterBox.getStyle().set("min-width", "14rem");
        challengeText.setId("challenge-posed");
        Div resultsBox = new Div(new H3("Who needs help"), challengeText, results);
        resultsBox.getStyle().set("flex", "1");
        HorizontalLayout lower = new HorizontalLayout(rosterBox, resultsBox);
        lower.setWidthFull();

        Details build = new Details("Build a diagram to show or to pose", editor);
        build.setId("build-diagram");
        build.setWidthFull();
        add(heading, new Div(status, new Span(" "), presenter), error, new H3("Show the room"), sendRow(presets), build,
                showing, timeline, link, new H3("Challenge"), challengeRow(presets), lower, endingRow());
        link.connect(null);
    }

    private HorizontalLayout sendRow(List<LabApiClient.PresetSummary> presets) {
        Select<LabApiClient.PresetSummary> lesson = presetSelect("Lesson", presets);
        lesson.setId("lesson-select");
        Button run = new Button("Run for the room", e -> runLesson(lesson.getValue()));
        run.setId("run-lesson");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextField shared = new TextField("Shared link");
        shared.setId("shared-link");
        shared.setPlaceholder("https://…/s/… or …?run=…");
        shared.setWidth("22rem");
        Button runLink = new Button("Run for the room", e -> sendLink(shared.getValue()));
        runLink.setId("run-link");
        HorizontalLayout row = new HorizontalLayout(lesson, run, shared, runLink);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private HorizontalLayout challengeRow(List<LabApiClient.PresetSummary> presets) {
        Select<Start> scenario = new Select<>();
        scenario.setLabel("Start from");
        scenario.setId("challenge-scenario");
        Start own = new OwnDiagram();
        scenario.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(own),
                presets.stream().map(FromLesson::new)).toList());
        scenario.setItemLabelGenerator(Start::label);
        scenario.setValue(own);
        scenario.setWidth("22rem");
        Select<Goals> goal = new Select<>();
        goal.setLabel("Goal");
        goal.setId("challenge-goal");
        goal.setItems(Goals.values());
        goal.setItemLabelGenerator(Goals::label);
        goal.setValue(Goals.NO_LOST_UPDATES);
        goal.setWidth("24rem");
        NumberField seconds = new NumberField("Under (seconds of virtual time)");
        seconds.setId("goal-seconds");
        seconds.setValue(5.0);
        seconds.setMin(0.000001);
        TextField variable = new TextField("Int");
        variable.setId("goal-variable");
        variable.setValue("counter");
        IntegerField value = new IntegerField("Ends at");
        value.setId("goal-value");
        value.setValue(10);
        Runnable showParameters = () -> {
            seconds.setVisible(goal.getValue() == Goals.FINISHES_UNDER);
            variable.setVisible(goal.getValue() == Goals.VARIABLE_EQUALS);
            value.setVisible(goal.getValue() == Goals.VARIABLE_EQUALS);
        };
        goal.addValueChangeListener(e -> showParameters.run());
        showParameters.run();
        Button pose = new Button("Pose the challenge", e -> {
            Double s = seconds.getValue();
            pose(scenario.getValue(), goal.getValue(), s == null ? 5000 : s * 1000, variable.getValue(),
                    value.getValue() == null ? 0 : value.getValue());
        });
        pose.setId("pose-challenge");
        HorizontalLayout row = new HorizontalLayout(scenario, goal, seconds, variable, value, pose);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private HorizontalLayout endingRow() {
        Button lock = simple("Lock", "lock-room", "Lock");
        Button unlock = simple("Unlock", "unlock-room", "Unlock");
        Button end = simple("End the room", "end-room", "End");
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(lock, unlock, end);
    }

    private Select<LabApiClient.PresetSummary> presetSelect(String label, List<LabApiClient.PresetSummary> presets) {
        Select<LabApiClient.PresetSummary> select = new Select<>();
        select.setLabel(label);
        select.setItems(presets);
        select.setItemLabelGenerator(p -> p.title() + " (" + p.id() + ")");
        select.setWidth("22rem");
        if (!presets.isEmpty()) {
            select.setValue(presets.get(0));
        }
        return select;
    }

    private static ObjectNode command(String type) {
        return JSON.createObjectNode().put("type", type);
    }

    private Button simple(String text, String id, String type) {
        Button button = new Button(text, e -> link.send(command(type).toString()));
        button.setId(id);
        return button;
    }

    private void runScenario(JsonNode scenario) {
        ObjectNode run = command("Run");
        run.set("scenario", scenario);
        error.setText("");
        link.send(run.toString());
    }

    private void runLesson(LabApiClient.PresetSummary preset) {
        if (preset == null) {
            return;
        }
        try {
            runScenario(api.preset(preset.id()));
        } catch (LabApiException e) {
            error.setText("The lesson cannot be loaded: " + e.getMessage());
        }
    }

    private void sendLink(String text) {
        try {
            switch (SharedLinks.resolve(api, text)) {
                case SharedLinks.ScenarioTarget s -> runScenario(s.scenario());
                case SharedLinks.RunTarget r -> {
                    error.setText("");
                    link.send(command("Run").put("runId", r.runId()).toString());
                }
            }
        } catch (LabApiException e) {
            error.setText("That link cannot be shown: " + e.getMessage());
        }
    }

    private Optional<JsonNode> builtDiagram() {
        Optional<JsonNode> diagram = editor.validScenario();
        if (diagram.isEmpty()) {
            error.setText("Your diagram has problems (marked in red): fix them first.");
        }
        return diagram;
    }

    private void sendDiagram() {
        builtDiagram().ifPresent(this::runScenario);
    }

    private void pose(Start from, Goals kind, double ms, String variable, long value) {
        if (from == null || kind == null) {
            return;
        }
        Goal goal;
        try {
            goal = kind.goal(ms, variable == null ? "" : variable.strip(), value);
        } catch (IllegalArgumentException e) {
            error.setText("That goal is not complete: " + e.getMessage());
            return;
        }
        Optional<JsonNode> scenario;
        try {
            scenario = switch (from) {
                case OwnDiagram _ -> builtDiagram();
                case FromLesson l -> Optional.of(api.preset(l.preset().id()));
            };
        } catch (LabApiException e) {
            error.setText("The scenario cannot be loaded: " + e.getMessage());
            return;
        }
        scenario.ifPresent(s -> {
            ObjectNode msg = command("PoseChallenge");
            msg.set("scenario", s);
            msg.set("goal", Goals.json(goal));
            error.setText("");
            link.send(msg.toString());
        });
    }

    private void onMessage(JsonNode m) {
        switch (m.path("type").asString("")) {
            case "RoomState" -> {
                showStatus(m.path("status").asString("open"));
                showRoster(m.path("roster"), m.path("memberCount").asInt());
                showChallenge(m.path("challenge"));
                results.all(m.path("submissions"));
                showSource(m.path("scenarioSource"));
            }
            case "RosterChanged" -> showRoster(m.path("members"), m.path("memberCount").asInt());
            case "HandRaised", "HandLowered" -> {
                JsonNode member = members.get(m.path("memberId").asString(""));
                if (member instanceof ObjectNode o) {
                    o.put("handRaised", m.path("type").asString("").equals("HandRaised"));
                    renderRoster();
                }
            }
            case "ChallengePosed" -> showChallenge(m.path("challenge"));
            case "SubmissionReceived", "SubmissionGraded" -> results.put(m.path("submission"));
            case "ScenarioLoaded" -> {
                showSource(m.path("source"));
                // "let's look at Bob's": a submission just opened for the room opens in the teacher's editor too
                // (not on a reconnect: the teacher's own edits since then are kept)
                if (SubmissionSource.parse(m.path("source").asString("")).isPresent() && m.path("scenario").isObject()) {
                    editor.load(m.path("scenario"));
                }
            }
            case "RoomLocked" -> showStatus("locked");
            case "RoomUnlocked" -> showStatus("open");
            case "RoomEnded" -> showStatus("ended");
            case "RoomRevoked" -> showStatus("revoked");
            case "Error" -> error.setText(m.path("message").asString(m.path("code").asString("")));
            case "Closed" -> {
                status.setText("Disconnected (" + m.path("code").asInt() + " " + m.path("reason").asString("") + ")");
                status.getElement().setAttribute("data-status", "closed");
            }
            default -> {
            }
        }
    }

    private void showStatus(String s) {
        status.setText(switch (s) {
            case "locked" -> "Locked: no new students can join.";
            case "ended" -> "Ended: the room is read-only.";
            case "revoked" -> "Revoked.";
            default -> "Open.";
        });
        status.getElement().setAttribute("data-status", s);
    }

    /** What the room shows. */
    private void showSource(JsonNode src) {
        String s = src.isString() ? src.asString() : "";
        source.setText(SubmissionSource.parse(s).map(o -> "Showing " + o.name() + "'s diagram and run")
                .orElse(s.isEmpty() ? "Nothing shown yet." : "Showing your scenario"));
        source.getElement().setAttribute("data-source", s);
    }

    private void showRoster(JsonNode list, int count) {
        members.clear();
        for (JsonNode member : list) {
            members.put(member.path("memberId").asString(""), member);
        }
        memberCount.setText(count + " connected");
        renderRoster();
    }

    private void showChallenge(JsonNode challenge) {
        if (challenge == null || !challenge.isObject()) {
            challengeText.setText("No challenge posed.");
            challengeText.getElement().setAttribute("data-goal", "");
            results.challenge("");
            return;
        }
        String title = challenge.path("scenario").path("title").asString("");
        String words = Goals.describe(challenge);
        challengeText.setText("Posed: " + (title.isEmpty() ? "" : title + " · ") + words);
        challengeText.getElement().setAttribute("data-goal", challenge.path("goal").path("kind").asString(""));
        String id = challenge.path("id").asString("");
        if (!id.equals(challengeText.getElement().getAttribute("data-challenge"))) {
            challengeText.getElement().setAttribute("data-challenge", id);
            results.challenge((title.isEmpty() ? "" : title + ": ") + words);
        }
    }

    private void renderRoster() {
        roster.removeAll();
        for (JsonNode member : members.values()) {
            boolean hand = member.path("handRaised").asBoolean(false);
            Div row = new Div();
            row.addClassName("member");
            Span name = new Span();
            name.setText(member.path("name").asString(""));
            row.add(name);
            if (hand) {
                Span raised = new Span(" ✋ hand raised");
                raised.addClassName("hand");
                row.add(raised);
            }
            row.getElement().setAttribute("data-name", member.path("name").asString(""));
            row.getElement().setAttribute("data-hand", String.valueOf(hand));
            roster.add(row);
        }
    }
}
