package dev.threadlab.ui.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import dev.threadlab.ui.client.LabApiClient.RunAnswer;
import dev.threadlab.ui.timeline.ThreadTimeline;
import tools.jackson.databind.JsonNode;

import java.util.function.Consumer;

/** The run of the diagram: a one-line account of it and the animated timeline. */
final class RunPanel extends Div {

    private static final long serialVersionUID = 1L;

    private final ThreadTimeline timeline = new ThreadTimeline();
    private final Span status = new Span("Press Run (or Ctrl+Enter) to simulate the diagram.");
    private JsonNode summary;

    RunPanel(Consumer<JsonNode> ended) {
        setId("run-panel");
        addClassName("run-panel");
        status.setId("run-status");
        timeline.addClassName("no-run");
        add(new H3("Run"), status, timeline);
        timeline.addPlaybackEndedListener(e -> {
            if (summary != null) {
                ended.accept(summary);
            }
        });
    }

    void show(RunAnswer run, String scenarioJson) {
        show(run, scenarioJson, "[]");
    }

    /** Shows a run whose schedule came from the explorer, its preemptions marked on the lanes they cut. */
    void show(RunAnswer run, String scenarioJson, String preemptionMarksJson) {
        timeline.setPreemptionMarks(preemptionMarksJson);
        summary = run.summary();
        status.setText(describe(run.summary()));
        status.getElement().setAttribute("data-outcome", run.summary().path("outcome").asString(""));
        timeline.removeClassName("no-run");
        timeline.showRun(run.runId(), run.summaryJson(), scenarioJson);
    }

    void failed(String message) {
        summary = null;
        status.setText(message);
        status.getElement().setAttribute("data-outcome", "refused");
    }

    static String describe(JsonNode s) {
        String outcome = s.path("outcome").asString("?");
        String text = switch (outcome) {
            case "completed" -> "Completed";
            case "deadlock" -> "Deadlock: no thread can ever run again";
            case "error" -> "Ended with an uncaught exception";
            case "limit" -> "Stopped at a limit";
            default -> outcome;
        };
        return text + " after " + formatMs(s.path("elapsedMs").asDouble()) + " of virtual time, "
                + s.path("eventCount").asLong() + " events.";
    }

    static String formatMs(double ms) {
        if (ms >= 1000) {
            return String.format(java.util.Locale.ROOT, "%.2f s", ms / 1000);
        }
        return String.format(java.util.Locale.ROOT, "%.2f ms", ms);
    }
}
