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
import com.vaadin.flow.component.textfield.TextField;
import dev.threadlab.rooms.Goal;
import dev.threadlab.rooms.PlaybackMode;
import dev.threadlab.rooms.RoomCommand;
import dev.threadlab.rooms.RoomEvent;
import dev.threadlab.rooms.RoomStatus;
import dev.threadlab.rooms.SubmissionSource;
import dev.threadlab.ui.client.LabApiClient;
import dev.threadlab.ui.client.LabApiException;
import dev.threadlab.ui.editor.DiagramEditor;
import dev.threadlab.ui.timeline.ThreadTimeline;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The teacher's side of a room. The room's timeline is the one set of controls: play, pause, step, seek (click or
 * drag), speed, all sent to every student. The teacher shows the room a lesson, a shared link or the diagram they
 * build here, poses a challenge with a goal in words ({@link ChallengeForm}), reads "who needs help"
 * ({@link TeacherDashboard}) and the roster ({@link TeacherRoster}), and shows a student's answer to the room. The
 * commands go out as {@link TeacherCommands}; the room's events come back, as records, through {@link #onEvent}.
 */
class TeacherPanel extends Div {

    private static final long serialVersionUID = 1L;

    private final transient LabApiClient api;
    private final RoomLink link;
    private final TeacherCommands commands;
    private final ThreadTimeline timeline = new ThreadTimeline();
    private final DiagramEditor editor;
    private final RoomStatusLine status = new RoomStatusLine();
    private final Span error = new Span();
    private final Span source = new Span();
    private final TeacherRoster roster = new TeacherRoster();
    private final TeacherDashboard dashboard;

    TeacherPanel(LabApiClient api, String code, String token, JsonNode room) {
        this.api = api;
        setId("teacher-panel");
        String teacherQuery = "?teacher=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        timeline.setId("room-timeline");
        timeline.setAutoplay(false);
        timeline.setWidthFull();
        link = new RoomLink(code, teacherQuery, timeline, RoomLink.Role.TEACHER);
        link.addMessageListener(e -> e.dispatch(status::closed, this::onEvent));
        commands = new TeacherCommands(link::send);
        dashboard = new TeacherDashboard(commands::openSubmission);
        error.setId("room-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        List<LabApiClient.PresetSummary> presets = presets();
        editor = editor(code);
        HorizontalLayout lower = new HorizontalLayout(roster, dashboard);
        lower.setWidthFull();
        Details build = new Details("Build a diagram to show or to pose", editor);
        build.setId("build-diagram");
        build.setWidthFull();
        add(heading(room, code), new Div(status, new Span(" "), presenterLink(code, teacherQuery)), error,
                new H3("Show the room"), sendRow(presets), build, showingRow(), timeline, link, new H3("Challenge"),
                new ChallengeForm(presets, this::pose), lower, endingRow());
        link.connect(null);
    }

    private static H2 heading(JsonNode room, String code) {
        H2 heading = new H2(room.path("title").asString("Classroom") + " · " + code);
        heading.setId("room-heading");
        return heading;
    }

    private static Anchor presenterLink(String code, String teacherQuery) {
        Anchor presenter = new Anchor("room/" + code + teacherQuery + "&present", "Presenter view (for the projector)");
        presenter.setId("presenter-link");
        presenter.setTarget(AnchorTarget.BLANK);
        return presenter;
    }

    private List<LabApiClient.PresetSummary> presets() {
        try {
            return api.presets();
        } catch (LabApiException e) {
            error.setText("The lessons cannot be listed: " + e.getMessage());
            return List.of();
        }
    }

    private DiagramEditor editor(String code) {
        DiagramEditor built = new DiagramEditor(api);
        built.setId("teacher-editor");
        built.keepDraft("/room/" + code + "/teacher");
        Button sendDiagram = new Button("Run for the room", e -> sendDiagram());
        sendDiagram.setId("send-diagram");
        sendDiagram.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        built.addAction(sendDiagram);
        return built;
    }

    /** What the room shows, and whether students follow the teacher or explore on their own. */
    private HorizontalLayout showingRow() {
        Select<PlaybackMode> mode = new Select<>();
        mode.setLabel("Students");
        mode.setId("room-mode");
        mode.setItems(PlaybackMode.values());
        mode.setItemLabelGenerator(m -> switch (m) {
            case FOLLOW -> "follow the teacher";
            case FREE -> "explore on their own";
        });
        mode.setValue(PlaybackMode.FOLLOW);
        mode.addValueChangeListener(e -> commands.mode(e.getValue()));
        source.setId("scenario-source");
        HorizontalLayout showing = new HorizontalLayout(source, mode);
        showing.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return showing;
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

    private HorizontalLayout endingRow() {
        Button lock = simple("Lock", "lock-room", new RoomCommand.Lock());
        Button unlock = simple("Unlock", "unlock-room", new RoomCommand.Unlock());
        Button end = simple("End the room", "end-room", new RoomCommand.End());
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

    private Button simple(String text, String id, RoomCommand.TeacherCommand command) {
        Button button = new Button(text, e -> commands.send(command));
        button.setId(id);
        return button;
    }

    private void runScenario(JsonNode scenario) {
        error.setText("");
        commands.run(scenario);
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
                    commands.show(r.runId());
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

    private void pose(ChallengeForm.Request request) {
        if (request.from() == null || request.kind() == null) {
            return;
        }
        Goal goal;
        try {
            String variable = request.variable() == null ? "" : request.variable().strip();
            goal = request.kind().goal(request.ms(), variable, request.value());
        } catch (IllegalArgumentException e) {
            error.setText("That goal is not complete: " + e.getMessage());
            return;
        }
        Optional<JsonNode> scenario;
        try {
            scenario = switch (request.from()) {
                case ChallengeForm.OwnDiagram _ -> builtDiagram();
                case ChallengeForm.FromLesson l -> Optional.of(api.preset(l.preset().id()));
            };
        } catch (LabApiException e) {
            error.setText("The scenario cannot be loaded: " + e.getMessage());
            return;
        }
        scenario.ifPresent(s -> {
            error.setText("");
            commands.poseChallenge(s, goal);
        });
    }

    private void onEvent(RoomEvent event) {
        switch (event) {
            case RoomEvent.RoomState s -> {
                status.show(s.status());
                roster.show(s.roster(), s.memberCount());
                dashboard.all(s.challenge(), s.submissions());
                showSource(s.scenarioSource());
            }
            case RoomEvent.RosterChanged r -> roster.show(r.members(), r.memberCount());
            case RoomEvent.HandRaised h -> roster.hand(h.memberId(), true);
            case RoomEvent.HandLowered h -> roster.hand(h.memberId(), false);
            case RoomEvent.ChallengePosed c -> dashboard.showChallenge(c.challenge());
            case RoomEvent.SubmissionReceived s -> dashboard.put(s.submission());
            case RoomEvent.SubmissionGraded s -> dashboard.put(s.submission());
            case RoomEvent.ScenarioLoaded s -> scenarioLoaded(s);
            case RoomEvent.PlaybackChanged _ -> { } // the page's timeline follows it (the browser does not pass it on)
            case RoomEvent.RoomLocked _ -> status.show(RoomStatus.LOCKED);
            case RoomEvent.RoomUnlocked _ -> status.show(RoomStatus.OPEN);
            case RoomEvent.RoomEnded _ -> status.show(RoomStatus.ENDED);
            case RoomEvent.RoomRevoked _ -> status.revoked();
            case RoomEvent.Error e -> error.setText(e.message() != null ? e.message() : e.code());
        }
    }

    private void scenarioLoaded(RoomEvent.ScenarioLoaded loaded) {
        showSource(loaded.source());
        // "let's look at Bob's": a submission just opened for the room opens in the teacher's editor too
        // (not on a reconnect: the teacher's own edits since then are kept)
        if (SubmissionSource.parse(loaded.source()).isPresent() && loaded.scenario() != null
                && loaded.scenario().isObject()) {
            editor.load(loaded.scenario());
        }
    }

    /** What the room shows. */
    private void showSource(String src) {
        String s = src == null ? "" : src;
        source.setText(SubmissionSource.parse(s).map(o -> "Showing " + o.name() + "'s diagram and run")
                .orElse(s.isEmpty() ? "Nothing shown yet." : "Showing your scenario"));
        source.getElement().setAttribute("data-source", s);
    }
}
