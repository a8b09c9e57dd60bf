package dev.threadlab.ui.explore;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import dev.threadlab.ui.client.LabApiClient;
import dev.threadlab.ui.client.LabApiClient.RunAnswer;
import dev.threadlab.ui.client.LabApiException;
import dev.threadlab.ui.layout.AbsoluteLink;
import dev.threadlab.ui.timeline.ThreadTimeline;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * "You are the scheduler": at each choice point the lab stops ({@code POST /api/scheduler}) and the learner picks
 * which thread goes next, or whether the running one is switched out; Undo takes the last pick back. While choosing,
 * a timeline shows the run so far (lanes, GIL, the objects' panels at the choice) with the candidates marked on their
 * lanes. When the program
 * finishes, deadlocks or fails, the run is shown in the playback, the lesson's goal is checked, and the schedule can
 * be shared as a link that replays it ({@code /s/{id}?schedule=0,1,0}).
 */
public final class SchedulerPanel extends Div {

    private static final long serialVersionUID = 1L;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final transient LabApiClient api;
    private final transient Supplier<String> scenario;
    private final transient BiConsumer<RunAnswer, String> show;
    private final List<Integer> schedule = new ArrayList<>();
    private final Span status = new Span();
    private final Div picks = new Div();
    private final Div end = new Div();
    private final ThreadTimeline soFar = new ThreadTimeline();
    private String json;

    /**
     * @param scenario the diagram (with its lesson) as compact JSON, or null when it is invalid
     * @param show     shows a finished run (and its scenario JSON) in the playback
     */
    public SchedulerPanel(LabApiClient api, Supplier<String> scenario, BiConsumer<RunAnswer, String> show) {
        this.api = api;
        this.scenario = scenario;
        this.show = show;
        setId("scheduler-panel");
        addClassName("scheduler-panel");
        status.setId("scheduler-status");
        picks.setId("scheduler-picks");
        end.setId("scheduler-end");
        Button undo = new Button("Undo", e -> undo());
        undo.setId("scheduler-undo");
        soFar.setId("scheduler-timeline");
        soFar.setAutoplay(false);
        soFar.setWidthFull();
        soFar.setVisible(false);
        add(new H3("You are the scheduler"), status, picks, undo, end, soFar);
        setVisible(false);
    }

    /** Starts over from the first choice. */
    public void start() {
        setVisible(true);
        schedule.clear();
        json = scenario.get();
        if (json == null) {
            status.setText("Not started: the diagram has problems, marked in red.");
            picks.removeAll();
            return;
        }
        step();
    }

    private void undo() {
        if (!schedule.isEmpty()) {
            schedule.removeLast();
            step();
        }
    }

    private void pick(int index) {
        schedule.add(index);
        step();
    }

    private void step() {
        picks.removeAll();
        end.removeAll();
        try {
            JsonNode answer = api.schedulerStep(json, schedule);
            JsonNode choice = answer.path("choice");
            if (choice.isObject()) {
                status.setText("Choice " + (schedule.size() + 1) + ": " + (choice.path("kind").asString().equals("preemption")
                        ? "a switch could happen here. Let the running thread go on, or switch it out?"
                        : "several threads could go. Which one?"));
                ArrayNode marks = JSON.createArrayNode();
                boolean preemption = choice.path("kind").asString().equals("preemption");
                for (JsonNode c : choice.path("candidates")) {
                    int index = c.path("index").asInt();
                    Button b = new Button(c.path("label").asString(), e -> pick(index));
                    b.setId("pick-" + index);
                    picks.add(b);
                    if (!preemption || index == 0) {
                        marks.addObject().put("thread", c.path("thread").asString())
                                .put("label", preemption ? "running: go on, or switch it out?" : "could go next");
                    }
                }
                showSoFar(answer.path("soFar"), marks);
            } else {
                finished(answer);
            }
        } catch (LabApiException e) {
            status.setText("The lab refused: " + e.getMessage());
        }
    }

    private void showSoFar(JsonNode sofar, ArrayNode candidates) {
        soFar.setVisible(sofar.isObject());
        if (sofar.isObject()) {
            soFar.showRunSoFar(sofar.path("runId").asString(""), json, sofar.path("events").asLong(),
                    candidates.toString());
        }
    }

    private void finished(JsonNode answer) {
        soFar.setVisible(false);
        JsonNode run = answer.path("run");
        status.setText("The program ended (" + run.path("outcome").asString() + ") after your "
                + schedule.size() + " choice(s).");
        status.getElement().setAttribute("data-outcome", run.path("outcome").asString());
        JsonNode goal = answer.path("goal");
        if (goal.isObject()) {
            Span g = new Span((goal.path("reached").asBoolean() ? "Goal reached: " : "Goal not reached: ")
                    + goal.path("description").asString());
            g.setId("scheduler-goal");
            g.getElement().setAttribute("data-reached", String.valueOf(goal.path("reached").asBoolean()));
            end.add(g);
        }
        Button share = new Button("Share this schedule", e -> share());
        share.setId("scheduler-share");
        end.add(share);
        String text = JSON.writeValueAsString(run);
        show.accept(new RunAnswer(run.path("runId").asString(""), run, text), json);
    }

    private void share() {
        try {
            LabApiClient.SavedLink link = api.share(json);
            String url = link.url() + "?schedule="
                    + schedule.stream().map(String::valueOf).collect(Collectors.joining(","));
            end.add(AbsoluteLink.of(url, "scheduler-share-link"));
        } catch (LabApiException e) {
            end.add(new Span("Not shared: " + e.getMessage()));
        }
    }
}
