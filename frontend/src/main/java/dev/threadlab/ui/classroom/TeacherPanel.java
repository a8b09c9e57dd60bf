package dev.threadlab.ui.classroom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.threadlab.rooms.SubmissionSource;
import dev.threadlab.ui.client.LabApiClient;
import dev.threadlab.ui.client.LabApiException;
import dev.threadlab.ui.timeline.ThreadTimeline;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The teacher's side of a room: present a lesson, see the roster, pose a challenge, read the dashboard. */
class TeacherPanel extends Div {

    private static final long serialVersionUID = 1L;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LabApiClient api;
    private final RoomLink link;
    private final ThreadTimeline timeline = new ThreadTimeline();
    private final Span status = new Span();
    private final Span error = new Span();
    private final Span source = new Span();
    private final Div roster = new Div();
    private final Span memberCount = new Span();
    private final Div dashboard = new Div();
    private final Span challengeText = new Span();
    private final Select<String> speed;
    private final Map<String, JsonNode> members = new LinkedHashMap<>();
    private final Map<String, JsonNode> submissions = new LinkedHashMap<>();

    TeacherPanel(LabApiClient api, String code, String token, JsonNode room) {
        this.api = api;
        setId("teacher-panel");
        link = new RoomLink(code, "?teacher=" + URLEncoder.encode(token, StandardCharsets.UTF_8), timeline, true);
        link.addMessageListener(e -> onMessage(JSON.readTree(e.json())));

        H2 heading = new H2();
        heading.setText(room.path("title").asString("Classroom") + " · " + code);
        heading.setId("room-heading");
        status.setId("room-status");
        error.setId("room-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");

        List<LabApiClient.PresetSummary> presets;
        try {
            presets = api.presets();
        } catch (LabApiException e) {
            presets = List.of();
            error.setText("The lessons cannot be listed: " + e.getMessage());
        }
        Select<LabApiClient.PresetSummary> lesson = presetSelect("Lesson", presets);
        lesson.setId("lesson-select");
        Button run = new Button("Run for the room", e -> runLesson(lesson.getValue()));
        run.setId("run-lesson");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout present = new HorizontalLayout(lesson, run, source);
        present.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        source.setId("scenario-source");

        Button start = command("To start", "to-start", "{\"type\":\"Seek\",\"positionUs\":0}");
        start.getElement().setAttribute("aria-label", "To start");
        Button back = new Button("◀ Step", e -> link.step(-1));
        back.setId("step-back");
        Button play = command("▶ Play", "play", "{\"type\":\"Play\"}");
        Button pause = command("Pause", "pause", "{\"type\":\"Pause\"}");
        Button forward = new Button("Step ▶", e -> link.step(1));
        forward.setId("step-forward");
        speed = new Select<>();
        speed.setLabel("Speed (virtual time per real time)");
        speed.setId("room-speed");
        speed.setItems("0.0001", "0.001", "0.01", "0.1", "1");
        speed.setValue("0.001");
        speed.addValueChangeListener(e -> link.send("{\"type\":\"SetSpeed\",\"speed\":" + e.getValue() + "}"));
        IntegerField seekUs = new IntegerField("Position (µs)");
        seekUs.setId("seek-us");
        seekUs.setMin(0);
        Button seek = new Button("Seek", e -> {
            if (seekUs.getValue() != null) {
                link.send("{\"type\":\"Seek\",\"positionUs\":" + Math.max(0, seekUs.getValue()) + "}");
            }
        });
        seek.setId("seek");
        Select<String> mode = new Select<>();
        mode.setLabel("Students");
        mode.setId("room-mode");
        mode.setItems("follow", "free");
        mode.setValue("follow");
        mode.addValueChangeListener(e -> link.send("{\"type\":\"SetMode\",\"mode\":\"" + e.getValue() + "\"}"));
        HorizontalLayout controls = new HorizontalLayout(start, back, play, pause, forward, speed, seekUs, seek, mode);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        controls.getStyle().set("flex-wrap", "wrap");
        controls.setId("playback-controls");

        timeline.setWidthFull();

        roster.setId("roster");
        memberCount.setId("member-count");
        Div rosterBox = new Div(new H3("Students"), memberCount, roster);
        rosterBox.getStyle().set("min-width", "14rem");

        Select<LabApiClient.PresetSummary> challengeScenario = presetSelect("Challenge scenario", presets);
        challengeScenario.setId("challenge-scenario");
        Select<String> goal = new Select<>();
        goal.setLabel("Goal");
        goal.setId("challenge-goal");
        goal.setItems("noLostUpdates", "noDeadlock", "finishesUnderMs", "variableEquals");
        goal.setValue("noLostUpdates");
        IntegerField ms = new IntegerField("ms");
        ms.setId("goal-ms");
        ms.setValue(2000);
        TextField variable = new TextField("Variable");
        variable.setId("goal-variable");
        variable.setValue("counter");
        IntegerField value = new IntegerField("Value");
        value.setId("goal-value");
        Runnable showParameters = () -> {
            ms.setVisible("finishesUnderMs".equals(goal.getValue()));
            variable.setVisible("variableEquals".equals(goal.getValue()));
            value.setVisible("variableEquals".equals(goal.getValue()));
        };
        goal.addValueChangeListener(e -> showParameters.run());
        showParameters.run();
        Button pose = new Button("Pose the challenge", e -> pose(challengeScenario.getValue(), goal.getValue(),
                ms.getValue(), variable.getValue(), value.getValue()));
        pose.setId("pose-challenge");
        HorizontalLayout challenge = new HorizontalLayout(challengeScenario, goal, ms, variable, value, pose);
        challenge.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        challenge.getStyle().set("flex-wrap", "wrap");
        challengeText.setId("challenge-posed");

        dashboard.setId("dashboard");
        Div dashboardBox = new Div(new H3("Submissions"), dashboard);
        dashboardBox.getStyle().set("flex", "1");

        Button lock = command("Lock", "lock-room", "{\"type\":\"Lock\"}");
        Button unlock = command("Unlock", "unlock-room", "{\"type\":\"Unlock\"}");
        Button end = command("End the room", "end-room", "{\"type\":\"End\"}");
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout ending = new HorizontalLayout(lock, unlock, end);

        HorizontalLayout lower = new HorizontalLayout(rosterBox, dashboardBox);
        lower.setWidthFull();
        add(heading, status, error, present, controls, timeline, link, new H3("Challenge"), challenge, challengeText,
                lower, ending);
        link.connect();
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

    private Button command(String text, String id, String json) {
        Button button = new Button(text, e -> link.send(json));
        button.setId(id);
        return button;
    }

    private JsonNode scenarioOf(LabApiClient.PresetSummary preset) {
        JsonNode p = api.preset(preset.id());
        if (p instanceof ObjectNode o) {
            o.remove("lesson");
        }
        return p;
    }

    private void runLesson(LabApiClient.PresetSummary preset) {
        if (preset == null) {
            return;
        }
        try {
            ObjectNode run = JSON.createObjectNode();
            run.put("type", "Run");
            run.set("scenario", scenarioOf(preset));
            error.setText("");
            link.send(run.toString());
        } catch (LabApiException e) {
            error.setText("The lesson cannot be loaded: " + e.getMessage());
        }
    }

    private void pose(LabApiClient.PresetSummary preset, String kind, Integer ms, String variable, Integer value) {
        if (preset == null || kind == null) {
            return;
        }
        ObjectNode goal = JSON.createObjectNode();
        goal.put("kind", kind);
        switch (kind) {
            case "finishesUnderMs" -> goal.put("ms", ms == null ? 2000 : ms);
            case "variableEquals" -> {
                goal.put("name", variable == null ? "counter" : variable.strip());
                goal.put("value", value == null ? 0 : value);
            }
            default -> {
            }
        }
        try {
            ObjectNode msg = JSON.createObjectNode();
            msg.put("type", "PoseChallenge");
            msg.set("scenario", scenarioOf(preset));
            msg.set("goal", goal);
            error.setText("");
            link.send(msg.toString());
        } catch (LabApiException e) {
            error.setText("The scenario cannot be loaded: " + e.getMessage());
        }
    }

    private void onMessage(JsonNode m) {
        switch (m.path("type").asString("")) {
            case "RoomState" -> {
                showStatus(m.path("status").asString("open"));
                showRoster(m.path("roster"), m.path("memberCount").asInt());
                submissions.clear();
                for (JsonNode s : m.path("submissions")) {
                    submissions.put(s.path("memberId").asString(""), s);
                }
                showChallenge(m.path("challenge"));
                showSource(m.path("scenarioSource"));
                renderDashboard();
            }
            case "RosterChanged" -> showRoster(m.path("members"), m.path("memberCount").asInt());
            case "HandRaised", "HandLowered" -> {
                String id = m.path("memberId").asString("");
                JsonNode member = members.get(id);
                if (member instanceof ObjectNode o) {
                    o.put("handRaised", m.path("type").asString("").equals("HandRaised"));
                    renderRoster();
                }
            }
            case "ChallengePosed" -> {
                submissions.clear();
                showChallenge(m.path("challenge"));
                renderDashboard();
            }
            case "SubmissionReceived", "SubmissionGraded" -> {
                JsonNode s = m.path("submission");
                submissions.put(s.path("memberId").asString(""), s);
                renderDashboard();
            }
            case "ScenarioLoaded" -> {
                showSource(m.path("source"));
                // a lesson is a few virtual milliseconds: show it in slow motion, at the speed chosen here
                String chosen = speed.getValue();
                if (chosen != null && Double.parseDouble(chosen) != m.path("playback").path("speed").asDouble(1)) {
                    link.send("{\"type\":\"SetSpeed\",\"speed\":" + chosen + "}");
                }
            }
            case "RoomLocked" -> showStatus("locked");
            case "RoomUnlocked" -> showStatus("open");
            case "RoomEnded" -> showStatus("ended");
            case "RoomRevoked" -> showStatus("revoked");
            case "Error" -> error.setText(m.path("code").asString("") + ": " + m.path("message").asString(""));
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

    private void showSource(JsonNode src) {
        String s = src.isString() ? src.asString() : "";
        source.setText(SubmissionSource.parse(s).map(opened -> "Showing " + opened.name() + "'s submission")
                .orElse(s.isEmpty() ? "" : "Showing your scenario"));
        source.getElement().setAttribute("data-source", s);
    }

    /** The connected students ({@code RoomState.roster} or {@code RosterChanged.members}). */
    private void showRoster(JsonNode roster, int count) {
        members.clear();
        for (JsonNode member : roster) {
            members.put(member.path("memberId").asString(""), member);
        }
        memberCount.setText(count + " connected");
        renderRoster();
    }

    private void showChallenge(JsonNode challenge) {
        if (challenge == null || !challenge.isObject()) {
            challengeText.setText("No challenge posed.");
            challengeText.getElement().setAttribute("data-goal", "");
            return;
        }
        String title = challenge.path("scenario").path("title").asString("");
        challengeText.setText("Posed: " + (title.isEmpty() ? "" : title + " · ") + Goals.describe(challenge.path("goal")));
        challengeText.getElement().setAttribute("data-goal", challenge.path("goal").path("kind").asString(""));
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

    private void renderDashboard() {
        dashboard.removeAll();
        if (submissions.isEmpty()) {
            dashboard.add(new Span("No submissions yet."));
            return;
        }
        for (JsonNode s : submissions.values()) {
            JsonNode verdict = s.path("verdict");
            String st = verdict.isObject() ? verdict.path("status").asString("") : "grading";
            Div row = new Div();
            row.addClassName("submission");
            row.getElement().setAttribute("data-name", s.path("name").asString(""));
            row.getElement().setAttribute("data-status", st);
            Span name = new Span();
            name.setText(s.path("name").asString(""));
            name.getStyle().set("font-weight", "600");
            Span verdictText = new Span();
            verdictText.addClassName("verdict");
            verdictText.setText(" · " + st + (verdict.isObject()
                    ? " · " + verdict.path("explanation").asString("") + " (" + verdict.path("method").asString("") + ")" : "…"));
            String id = s.path("id").asString("");
            Button open = new Button("Show to the room", e -> link.send("{\"type\":\"OpenSubmission\",\"submissionId\":"
                    + JSON.writeValueAsString(id) + "}"));
            open.addClassName("open-submission");
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            row.add(name, verdictText, open);
            dashboard.add(row);
        }
    }
}
