package dev.threadlab.ui.explore;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import dev.threadlab.ui.client.LabApiClient;
import dev.threadlab.ui.client.LabApiException;
import tools.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;
import java.util.function.Supplier;

/**
 * "Explore all interleavings": asks the lab for every outcome of the diagram ({@code POST /api/explore}) and shows
 * them as a table graded as the lesson grades runs (forbidden first). Replaying an outcome runs its witness schedule
 * ({@code POST /api/runs} with {@code exploring: true}) into the playback; the preemptions that make it are listed.
 */
public final class ExplorePanel extends Div {

    private static final long serialVersionUID = 1L;

    private final transient LabApiClient api;
    private final transient Supplier<String> scenario;
    private final transient WitnessReplay replay;
    private final Span status = new Span();
    private final Div table = new Div();

    /**
     * @param scenario the diagram as compact JSON, or null when it is invalid
     * @param replay   shows a run (and its scenario JSON) in the playback
     */
    public ExplorePanel(LabApiClient api, Supplier<String> scenario, WitnessReplay replay) {
        this.api = api;
        this.scenario = scenario;
        this.replay = replay;
        setId("explore-panel");
        addClassName("explore-panel");
        status.setId("explore-status");
        table.setId("explore-outcomes");
        add(new H3("Every interleaving"), status, table);
        setVisible(false);
    }

    /** Explores the current diagram and shows its outcomes. */
    public void explore() {
        setVisible(true);
        table.removeAll();
        String json = scenario.get();
        if (json == null) {
            status.setText("Not explored: the diagram has problems, marked in red.");
            return;
        }
        try {
            JsonNode e = api.postJson("/api/explore", "{\"scenario\":" + json + "}");
            status.setText(summary(e));
            status.getElement().setAttribute("data-complete", String.valueOf(e.path("complete").asBoolean()));
            int i = 0;
            for (JsonNode o : e.path("outcomes")) {
                table.add(row(i++, o, json));
            }
        } catch (LabApiException ex) {
            status.setText("The lab refused the exploration: " + ex.getMessage());
        }
    }

    private static String summary(JsonNode e) {
        int n = e.path("outcomes").size();
        String head = n + (n == 1 ? " distinct outcome" : " distinct outcomes") + " over "
                + e.path("schedules").asLong() + " runs (" + e.path("states").asLong() + " distinct states)";
        if (e.path("complete").asBoolean()) {
            return head + ": every interleaving was explored, so these are all the outcomes there are.";
        }
        return head + ": stopped by its " + e.path("stoppedBy").asString("?") + " bound, so there may be more.";
    }

    private Div row(int index, JsonNode o, String json) {
        String grade = o.path("grade").isObject() ? o.path("grade").path("grade").asString("") : "";
        Span badge = new Span(grade.isEmpty() ? "—" : grade);
        badge.addClassName("grade-badge");
        Span what = new Span(describe(o));
        int preemptions = o.path("preemptions").size();
        Span how = new Span(o.path("count").asLong() + " schedule(s); witness: " + preemptions
                + (preemptions == 1 ? " preemption" : " preemptions") + marks(o.path("preemptionMarks")));
        Button play = new Button("Replay witness", ev -> replay(o, json));
        play.setId("replay-outcome-" + index);
        Div row = new Div(badge, what, how, play);
        row.setId("outcome-" + index);
        row.addClassName("explore-outcome");
        row.getElement().setAttribute("data-grade", grade);
        row.getElement().setAttribute("data-outcome", o.path("outcome").asString(""));
        row.getElement().setAttribute("data-preemptions", String.valueOf(preemptions));
        if (o.path("grade").isObject()) {
            row.getElement().setAttribute("title", o.path("grade").path("description").asString(""));
        }
        return row;
    }

    /** "(worker-1 switched out at 3.020 ms, …)": where the witness's preemptions happen on the timeline. */
    private static String marks(JsonNode marks) {
        if (marks.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder(" (");
        for (int i = 0; i < marks.size(); i++) {
            JsonNode m = marks.get(i);
            s.append(i == 0 ? "" : ", ").append(m.path("thread").asString()).append(" switched out at ")
                    .append(String.format(java.util.Locale.ROOT, "%.3f ms", m.path("atUs").asLong() / 1000.0));
        }
        return s.append(')').toString();
    }

    static String describe(JsonNode o) {
        StringBuilder s = new StringBuilder(o.path("outcome").asString("?"));
        Iterator<Map.Entry<String, JsonNode>> vars = o.path("variables").properties().iterator();
        while (vars.hasNext()) {
            Map.Entry<String, JsonNode> v = vars.next();
            s.append(' ').append(v.getKey()).append(" = ").append(v.getValue().asLong());
        }
        for (JsonNode err : o.path("errors")) {
            s.append("; ").append(err.asString());
        }
        if (o.path("deadlock").isArray()) {
            for (JsonNode w : o.path("deadlock")) {
                s.append("; ").append(w.path("thread").asString()).append(" waits for ")
                        .append(w.path("waitsFor").asString());
                if (!w.path("heldBy").isNull() && !w.path("heldBy").isMissingNode()) {
                    s.append(" held by ").append(w.path("heldBy").asString());
                }
            }
        }
        return s.toString();
    }

    private void replay(JsonNode outcome, String json) {
        try {
            replay.show(api.runSchedule(json, outcome.path("witness").toString()), json,
                    outcome.path("preemptionMarks").toString());
        } catch (LabApiException ex) {
            status.setText("The lab refused the replay: " + ex.getMessage());
        }
    }
}
