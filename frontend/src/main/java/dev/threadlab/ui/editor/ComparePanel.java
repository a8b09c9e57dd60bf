package dev.threadlab.ui.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.threadlab.ui.client.LabApiClient;
import dev.threadlab.ui.client.LabApiException;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Runs the diagram under the GIL, free-threaded and as processes, side by side, with a bar chart. */
final class ComparePanel extends Div {

    private static final long serialVersionUID = 1L;

    private final Div results = new Div();
    private final Div chart = new Div();

    ComparePanel(LabApiClient api, Supplier<ScenarioDocument> doc) {
        setId("compare-tab");
        Button run = new Button("Run all three", e -> compare(api, doc.get()));
        run.setId("compare-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        results.setId("compare-results");
        results.addClassName("compare-results");
        chart.setId("compare-chart");
        chart.addClassName("bar-chart");
        add(new Paragraph("The same diagram three ways: threads under the GIL, threads on a free-threaded "
                + "CPython (3.13t), and each thread in a process of its own (own GIL, own copies of the objects)."),
                run, results, chart);
    }

    private void compare(LabApiClient api, ScenarioDocument doc) {
        results.removeAll();
        chart.removeAll();
        List<Map.Entry<Variants.Variant, JsonNode>> done = new ArrayList<>();
        for (Variants.Variant v : Variants.of(doc)) {
            Div card = new Div();
            card.setId("compare-result-" + v.key());
            card.addClassName("compare-card");
            card.add(new Span(v.label()));
            try {
                JsonNode summary = api.run(v.doc().toCompactJson()).summary();
                done.add(Map.entry(v, summary));
                card.getElement().setAttribute("data-elapsed-ms", summary.path("elapsedMs").asString());
                card.getElement().setAttribute("data-outcome", summary.path("outcome").asString(""));
                card.add(line("Outcome", summary.path("outcome").asString("")),
                        line("Elapsed", RunPanel.formatMs(summary.path("elapsedMs").asDouble())),
                        line("Speed-up vs serial", String.format(java.util.Locale.ROOT, "%.2f×", RunMetrics.of(summary,
                                v.doc().runtime().path("cores").asInt(4)).speedUp())),
                        line("Variables", summary.path("variables").toString()));
                v.changes().forEach(change -> card.add(note(change)));
            } catch (LabApiException e) {
                card.getElement().setAttribute("data-outcome", "refused");
                card.add(line("Refused", e.getMessage()));
            }
            results.add(card);
        }
        drawChart(done);
    }

    private void drawChart(List<Map.Entry<Variants.Variant, JsonNode>> done) {
        double max = done.stream().mapToDouble(e -> e.getValue().path("elapsedMs").asDouble()).max().orElse(1);
        double base = done.isEmpty() ? 1 : done.getFirst().getValue().path("elapsedMs").asDouble();
        for (var e : done) {
            double elapsed = e.getValue().path("elapsedMs").asDouble();
            String outcome = e.getValue().path("outcome").asString("");
            boolean comparable = outcome.equals("completed")
                    && done.getFirst().getValue().path("outcome").asString("").equals("completed");
            Div bar = new Div();
            bar.addClassNames("bar", "bar-" + e.getKey().key());
            bar.getElement().setAttribute("data-outcome", outcome);
            bar.getStyle().set("width", Math.max(1, 100 * elapsed / Math.max(max, 1e-9)) + "%");
            Div row = new Div(new Span(e.getKey().label()), bar,
                    new Span(RunPanel.formatMs(elapsed) + (!outcome.equals("completed") ? " · " + outcome + ", not finished"
                            : comparable && base > 0 && elapsed > 0
                            ? String.format(java.util.Locale.ROOT, " · %.2f× vs GIL", base / elapsed) : "")));
            row.addClassName("bar-row");
            chart.add(row);
        }
    }

    private static Div note(String change) {
        Div note = new Div(new Span("Changed: " + change));
        note.addClassName("compare-change");
        return note;
    }

    private static Div line(String label, String value) {
        Span l = new Span(label + ": ");
        l.addClassName("compare-label");
        Span v = new Span(value);
        v.addClassName("compare-value");
        return new Div(l, v);
    }
}
