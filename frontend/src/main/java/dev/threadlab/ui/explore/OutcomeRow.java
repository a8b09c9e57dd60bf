package dev.threadlab.ui.explore;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One outcome of an exploration as a table row: its grade, what happened, the final variables, how many schedules
 * reach it, the preemptions its witness needs, whether ordinary timing reaches it, and the button that replays the
 * witness. Every text is a text node: nothing the scenario names becomes HTML.
 */
final class OutcomeRow extends NativeTableRow {

    private static final long serialVersionUID = 1L;

    static final String ORDINARY = "happens with ordinary timing";
    static final String UNUSUAL = "needs unusual timing";
    private static final String ORDINARY_WHY = "The simulated clock reaches this outcome too: no thread has to be"
            + " stalled for it, ordinary timing is enough.";
    private static final String UNUSUAL_WHY = "Only if the OS stalls a thread at the wrong moment (for a switch"
            + " interval or longer); the simulated clock never does this.";

    /**
     * @param steps the exploration took any timing: its witness replays one step per microsecond of the timeline, so
     *              where a preemption happens is a step, not a time
     */
    OutcomeRow(int index, JsonNode o, boolean steps, Runnable replay) {
        String grade = o.path("grade").isObject() ? o.path("grade").path("grade").asString("") : "";
        int preemptions = o.path("preemptions").size();
        boolean ordinary = o.path("seenWithSimulatedTiming").asBoolean(true);
        setId("outcome-" + index);
        addClassName("explore-outcome");
        getElement().setAttribute("data-grade", grade);
        getElement().setAttribute("data-outcome", o.path("outcome").asString(""));
        getElement().setAttribute("data-preemptions", String.valueOf(preemptions));
        getElement().setAttribute("data-seen-with-simulated-timing", String.valueOf(ordinary));

        Button play = new Button("Replay witness", e -> replay.run());
        play.setId("replay-outcome-" + index);
        add(cell(gradeBadge(grade, o.path("grade").path("description").asString(""))),
                cell(outcome(o)),
                cell(variables(o.path("variables"))),
                numeric(ExplorePanel.count(o.path("count").asLong(), "schedule")),
                cell(preemptions(preemptions, o.path("preemptionMarks"), steps)),
                cell(timingBadge(ordinary)),
                cell(play));
    }

    private static NativeTableCell cell(Component component) {
        return cell(List.of(component));
    }

    private static NativeTableCell cell(List<? extends Component> components) {
        NativeTableCell td = new NativeTableCell();
        components.forEach(td::add);
        return td;
    }

    private static NativeTableCell numeric(String text) {
        NativeTableCell td = new NativeTableCell(text);
        td.addClassName("numeric");
        return td;
    }

    private static Span gradeBadge(String grade, String description) {
        Span badge = new Span(grade.isEmpty() ? "—" : grade);
        badge.addClassNames("grade", "grade-badge");
        if (!grade.isEmpty()) {
            badge.addClassName("grade-" + grade);
        }
        if (!description.isEmpty()) {
            focusableTooltip(badge, description);
        }
        return badge;
    }

    private static Span timingBadge(boolean ordinary) {
        Span badge = new Span(ordinary ? ORDINARY : UNUSUAL);
        badge.addClassNames("timing-badge", ordinary ? "timing-ordinary" : "timing-unusual");
        focusableTooltip(badge, ordinary ? ORDINARY_WHY : UNUSUAL_WHY);
        return badge;
    }

    /** A tooltip that a keyboard reaches too (the badge takes the focus), read out as the badge's description. */
    private static void focusableTooltip(Span badge, String text) {
        badge.getElement().setAttribute("tabindex", "0");
        Tooltip.forComponent(badge).withText(text);
    }

    /** "deadlock", then its details: the errors, each edge of the wait-for cycle. */
    private static List<Span> outcome(JsonNode o) {
        List<Span> lines = new ArrayList<>();
        Span kind = new Span(o.path("outcome").asString("?"));
        kind.addClassName("outcome-kind");
        lines.add(kind);
        for (JsonNode err : o.path("errors")) {
            lines.add(detail(err.asString()));
        }
        for (JsonNode w : o.path("deadlock")) {
            String held = w.path("heldBy").isString() ? " held by " + w.path("heldBy").asString() : "";
            lines.add(detail(w.path("thread").asString() + " waits for " + w.path("waitsFor").asString() + held));
        }
        return lines;
    }

    /** One line per variable, "counter = 10"; a dash when the scenario has none. */
    private static List<Span> variables(JsonNode variables) {
        List<Span> lines = new ArrayList<>();
        for (Map.Entry<String, JsonNode> v : variables.properties()) {
            Span line = new Span(v.getKey() + " = " + v.getValue().asLong());
            line.addClassName("outcome-line");
            lines.add(line);
        }
        return lines.isEmpty() ? List.of(new Span("—")) : lines;
    }

    /**
     * How many, then where each cuts a thread on the timeline ("worker-1 switched out at 3.020 ms", or "at step 12"
     * under any timing, where the replay's clock counts steps).
     */
    private static List<Span> preemptions(int count, JsonNode marks, boolean steps) {
        List<Span> lines = new ArrayList<>();
        Span n = new Span(String.valueOf(count));
        n.addClassName("outcome-line");
        lines.add(n);
        for (JsonNode m : marks) {
            long at = m.path("atUs").asLong();
            lines.add(detail(m.path("thread").asString() + " switched out at "
                    + (steps ? "step " + at : String.format(Locale.ROOT, "%.3f ms", at / 1000.0))));
        }
        return lines;
    }

    private static Span detail(String text) {
        Span line = new Span(text);
        line.addClassName("outcome-detail");
        return line;
    }
}
