package dev.threadlab.ui.explore;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import dev.threadlab.engine.Timing;
import dev.threadlab.ui.client.LabApiClient;
import dev.threadlab.ui.client.LabApiException;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * "Explore all interleavings": asks the lab for every outcome of the diagram ({@code POST /api/explore}) and shows
 * them as a table graded as the lesson grades runs (forbidden first). By default the exploration takes every execution
 * CPython permits (timing {@code any}); a switch restricts it to what the simulated clock allows ({@code simulated}),
 * and each outcome of an {@code any} exploration says whether ordinary timing reaches it. Replaying an outcome runs
 * its witness schedule ({@code POST /api/runs} with {@code exploring: true} and the exploration's timing) into the
 * playback, its preemptions marked.
 */
public final class ExplorePanel extends Div {

    private static final long serialVersionUID = 1L;
    private static final String[] COLUMNS = {"Grade", "Outcome", "Final variables", "How often", "Witness preemptions",
        "Timing", "Witness"};

    private final transient LabApiClient api;
    private final transient Supplier<String> scenario;
    private final transient WitnessReplay replay;
    private final Checkbox simulatedOnly = new Checkbox("only what the simulated clock allows");
    private final Span status = new Span();
    private final Div outcomes = new Div();

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
        simulatedOnly.setId("explore-simulated-only");
        simulatedOnly.setTooltipText("Off: every execution CPython permits, whatever the durations (the OS may stall"
                + " any thread at any moment). On: only the choices the simulated clock leaves open.");
        simulatedOnly.addValueChangeListener(e -> explore());
        status.setId("explore-status");
        status.addClassName("explore-status");
        status.getElement().setAttribute("role", "status");
        outcomes.setId("explore-outcomes");
        outcomes.addClassName("explore-outcomes");
        add(new H3("Every interleaving"), simulatedOnly, status, outcomes);
        setVisible(false);
    }

    /** Explores the current diagram, under the timing the switch says, and shows its outcomes. */
    public void explore() {
        setVisible(true);
        outcomes.removeAll();
        Timing asked = simulatedOnly.getValue() ? Timing.SIMULATED : Timing.ANY;
        status.getElement().setAttribute("data-timing", asked.json());
        status.getElement().removeAttribute("data-complete");
        String json = scenario.get();
        if (json == null) {
            status.setText("Not explored: the diagram has problems, marked in red.");
            return;
        }
        try {
            JsonNode e = api.explore(json, asked);
            Timing timing = LabApiClient.timingOf(e, asked);
            status.setText(summary(e, timing));
            status.getElement().setAttribute("data-timing", timing.json());
            status.getElement().setAttribute("data-complete", String.valueOf(e.path("complete").asBoolean()));
            outcomes.add(table(e.path("outcomes"), json, timing));
        } catch (LabApiException ex) {
            status.setText("The lab refused the exploration: " + ex.getMessage());
        }
    }

    private static String summary(JsonNode e, Timing timing) {
        String meaning = switch (timing) {
            case ANY -> "Any timing: every execution CPython permits, whatever the durations.";
            case SIMULATED -> "Simulated timing only: the choices the simulated clock leaves open.";
        };
        int n = e.path("outcomes").size();
        String head = n + (n == 1 ? " distinct outcome" : " distinct outcomes") + " over "
                + count(e.path("schedules").asLong(), "run") + " ("
                + count(e.path("states").asLong(), "distinct state") + ")";
        if (e.path("complete").asBoolean()) {
            return meaning + " " + head + ": every interleaving was explored, so these are all the outcomes there are.";
        }
        return meaning + " " + head + ": stopped by its " + e.path("stoppedBy").asString("?")
                + " bound, so there may be more.";
    }

    /** "1 schedule", "81,309,735 schedules": thousands separated, so that two numbers never run together. */
    static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private NativeTable table(JsonNode list, String json, Timing timing) {
        NativeTable table = new NativeTable();
        table.addClassName("explore-table");
        table.getElement().setAttribute("aria-label", "Outcomes");
        NativeTableRow head = table.getHead().addRow();
        for (String column : COLUMNS) {
            NativeTableHeaderCell th = head.addHeaderCell();
            th.add(column);
            th.getElement().setAttribute("scope", "col");
            if (column.equals("How often")) {
                th.addClassName("numeric");
            }
        }
        int i = 0;
        for (JsonNode o : list) {
            table.getBody().addRows(new OutcomeRow(i++, o, timing == Timing.ANY, () -> replay(o, json, timing)));
        }
        return table;
    }

    private void replay(JsonNode outcome, String json, Timing timing) {
        try {
            replay.show(api.runSchedule(json, witness(outcome), timing), json,
                    outcome.path("preemptionMarks").toString());
        } catch (LabApiException ex) {
            status.setText("The lab refused the replay: " + ex.getMessage());
        }
    }

    /** An outcome's witness: the schedule (the choice at each choice point) that reaches it. */
    private static List<Integer> witness(JsonNode outcome) {
        List<Integer> choices = new ArrayList<>();
        outcome.path("witness").forEach(choice -> choices.add(choice.asInt()));
        return choices;
    }
}
