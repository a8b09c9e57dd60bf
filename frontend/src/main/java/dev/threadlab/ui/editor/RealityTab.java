package dev.threadlab.ui.editor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import dev.threadlab.ui.client.LabApiClient;
import dev.threadlab.ui.client.LabApiException;
import dev.threadlab.ui.timeline.RealityTimeline;
import tools.jackson.databind.JsonNode;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * "Run it in real CPython": the server runs the diagram's exported script in its own {@code python3}, scaled to about
 * 10 s, and the tab shows what really happened under what the lab predicts: both timelines on one time axis, and
 * every figure side by side with the differences named ({@code POST /api/reality}). The run takes seconds, so it
 * happens off the UI thread; the page polls for the answer while it runs.
 */
final class RealityTab extends Div {

    private static final long serialVersionUID = 1L;
    private static final int POLL_MS = 400;

    private final transient LabApiClient api;
    private final Supplier<ScenarioDocument> doc;
    private final Span status = new Span();
    private final Button run = new Button("Run it in real CPython");
    private final Span progress = new Span();
    private final Div figures = new Div();
    private final Span problem = new Span();
    private final RealityTimeline timeline = new RealityTimeline();
    private final Pre output = new Pre();
    private boolean statusKnown;

    RealityTab(LabApiClient api, Supplier<ScenarioDocument> doc) {
        this.api = api;
        this.doc = doc;
        setId("reality-tab");
        status.setId("reality-status");
        run.setId("reality-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> start());
        progress.setId("reality-progress");
        progress.getElement().setAttribute("role", "status");
        figures.setId("reality-figures");
        figures.addClassName("reality-figures");
        problem.setId("reality-problem");
        problem.addClassName("block-error");
        problem.setVisible(false);
        timeline.setWidthFull();
        output.setId("reality-output");
        output.addClassName("code-area");
        output.setVisible(false);
        add(new Paragraph("The same program in the real interpreter: the server runs the script of the Python tab in "
                + "its own CPython, with every duration scaled so the run takes about 10 s, and records what each "
                + "thread did: where it waited (sampled every millisecond) and, while it computed, the time it spent "
                + "without the GIL (slices of work that took longer than their work, the way gil_load and per4m infer "
                + "it). The measured timeline is drawn under the lab's, on the lab's time axis."),
                status, new Div(run, progress), problem, figures, timeline, output);
    }

    /** Called when the tab is shown: says which Python the server has, or what to install. */
    void refresh() {
        if (statusKnown) {
            return;
        }
        try {
            JsonNode s = api.realityStatus();
            boolean has = s.path("python").isString();
            status.setText(has ? "The server's Python: CPython " + s.path("python").stringValue() + "."
                    : s.path("install").asString("The server has no Python to run the script in."));
            status.getElement().setAttribute("data-python", has ? s.path("python").stringValue() : "");
            run.setEnabled(has);
            statusKnown = has;
        } catch (LabApiException e) {
            status.setText("The lab's API cannot say which Python it has: " + e.getMessage());
        }
    }

    private void start() {
        String scenario = doc.get().toCompactJson();
        UI ui = UI.getCurrent();
        run.setEnabled(false);
        problem("");
        progress.setText("Running in CPython… (about 10 s)");
        getElement().setAttribute("data-state", "running");
        ui.setPollInterval(POLL_MS);
        CompletableFuture.supplyAsync(() -> api.reality(scenario)).whenComplete((answer, failure) -> ui.access(() -> {
            ui.setPollInterval(-1);
            run.setEnabled(true);
            progress.setText("");
            if (failure != null) {
                Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                problem("Not run: " + cause.getMessage());
                getElement().setAttribute("data-state", "failed");
            } else {
                show(scenario, answer);
                getElement().setAttribute("data-state", "done");
            }
        }));
    }

    private void show(String scenario, JsonNode r) {
        figures.removeAll();
        double scale = r.path("scale").asDouble(1);
        String python = "CPython " + r.path("python").asString("?") + (r.path("gil").asBoolean(true) ? "" : " (free-threaded)");
        figures.add(new Paragraph(python + (scale < 1 ? String.format(Locale.ROOT,
                ", every duration ×%s (its times below are divided by it)", number(scale)) : "") + cores(r) + "."));
        if (r.path("scaleNote").isString()) {
            Paragraph note = new Paragraph(r.path("scaleNote").stringValue());
            note.setId("reality-scale-note");
            figures.add(note);
        }
        for (JsonNode d : r.path("differences").values()) {
            if (d.path("differs").asBoolean()) {
                Paragraph named = new Paragraph(d.path("what").stringValue() + " — CPython: " + d.path("cpython").stringValue()
                        + ", the lab: " + d.path("lab").stringValue());
                named.addClassName("reality-difference");
                figures.add(named);
            }
        }
        figures.add(table(r));
        problem(r.path("problem").isString() ? r.path("problem").stringValue() : "");
        JsonNode measured = r.path("cpython").path("timeline");
        timeline.show(scenario, r.path("lab").path("timeline").toString(),
                measured.isObject() ? measured.toString() : null,
                python + " (measured" + (scale < 1 ? ", ×" + number(scale) : "") + ")");
        String printed = r.path("output").asString("");
        output.setText(printed);
        output.setVisible(!printed.isBlank());
    }

    private void problem(String text) {
        problem.setText(text);
        problem.setVisible(!text.isEmpty());
    }

    private static NativeTable table(JsonNode r) {
        NativeTable table = new NativeTable();
        table.setId("reality-table");
        table.addClassName("reality-table");
        NativeTableHeader head = new NativeTableHeader();
        head.add(new NativeTableRow(new NativeTableHeaderCell(""), new NativeTableHeaderCell("CPython"),
                new NativeTableHeaderCell("the lab")));
        NativeTableBody body = new NativeTableBody();
        for (JsonNode d : r.path("differences").values()) {
            NativeTableRow row = new NativeTableRow(new NativeTableHeaderCell(d.path("what").stringValue()),
                    new NativeTableCell(d.path("cpython").stringValue()), new NativeTableCell(d.path("lab").stringValue()));
            row.getElement().setAttribute("data-what", d.path("what").stringValue());
            if (d.path("differs").asBoolean()) {
                row.addClassName("differs");
                row.getElement().setAttribute("data-differs", "true");
            }
            body.add(row);
        }
        table.add(head, body);
        return table;
    }

    private static String cores(JsonNode r) {
        int machine = r.path("machineCores").asInt();
        int scenario = r.path("scenarioCores").asInt();
        return scenario > machine ? "; this machine has " + machine + " cores, so both sides ran on " + machine
                + " (the diagram asks for " + scenario + ")" : "; " + r.path("labCores").asInt() + " cores";
    }

    private static String number(double x) {
        String s = String.format(Locale.ROOT, "%.6f", x).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
