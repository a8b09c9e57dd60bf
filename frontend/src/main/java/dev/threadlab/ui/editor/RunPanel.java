package dev.threadlab.ui.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import dev.threadlab.ui.client.LabApiClient;
import dev.threadlab.ui.client.LabApiClient.RunAnswer;
import dev.threadlab.ui.client.LabApiException;
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
        timeline.getElement().setAttribute("aria-keyshortcuts", "Alt+T");
        // Alt+T from anywhere on the page: the keyboard goes to the timeline (its own keys then play and step).
        getElement().executeJs("""
                if (window.__labTimelineKey) return;
                window.__labTimelineKey = true;
                document.addEventListener('keydown', e => {
                  if (!e.altKey || e.ctrlKey || e.metaKey || e.code !== 'KeyT') return;
                  const timeline = document.querySelector('thread-timeline');
                  if (!timeline) return;
                  e.preventDefault();
                  timeline.scrollIntoView({ block: 'start' });
                  timeline.focus({ preventScroll: true });
                });""");
        timeline.addRunComputedListener(e -> computed(e.summaryJson()));
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
        if (run.computed()) {
            describe();
        } else {
            status.setText("Running… the timeline shows the run as it is computed.");
            status.getElement().setAttribute("data-outcome", "computing");
        }
        timeline.removeClassName("no-run");
        timeline.showRun(run.runId(), run.summaryJson(), scenarioJson);
        bookmark(run.runId(), scenarioJson);
    }

    /** The summary of a run that was shown while it was computed. */
    private void computed(String summaryJson) {
        try {
            summary = ScenarioDocument.JSON.readTree(summaryJson);
            describe();
        } catch (tools.jackson.core.JacksonException e) {
            failed("The run's summary could not be read.");
        }
    }

    private void describe() {
        status.setText(describe(summary));
        status.getElement().setAttribute("data-outcome", summary.path("outcome").asString(""));
    }

    /**
     * Puts the run into the page's address ({@code ?run=ID}) and its scenario into the tab's sessionStorage, so that
     * a reload plays it again ({@link #replay}).
     */
    private void bookmark(String runId, String scenarioJson) {
        getElement().executeJs("""
                try { sessionStorage.setItem('threadlab.run:' + $0, $1); } catch (e) { /* full or disabled */ }
                const address = new URL(location.href);
                address.searchParams.set('run', $0);
                history.replaceState(history.state, '', address);""", runId, scenarioJson);
    }

    /**
     * Plays again the run a reloaded page names: its summary comes from the API; a run the lab no longer keeps (it
     * restarted, or the run was evicted) is run again from the scenario it ran (same seed, so the same run).
     */
    void replay(LabApiClient api, String runId, String currentScenario) {
        if (!runId.matches("[A-Za-z0-9_-]{1,64}")) {
            return;
        }
        getElement().executeJs("try { return sessionStorage.getItem('threadlab.run:' + $0); } catch (e) { return null; }",
                runId).then(String.class, stored -> {
                    String scenario = stored != null ? stored : currentScenario;
                    try {
                        JsonNode s = api.getJson("/api/runs/" + runId);
                        show(new RunAnswer(runId, s, s.toString()), scenario);
                    } catch (LabApiException gone) {
                        if (gone.status() != 404 || stored == null) {
                            failed("The run in the address cannot be shown: " + gone.getMessage());
                            return;
                        }
                        try {
                            show(api.run(stored), stored);
                        } catch (LabApiException refused) {
                            failed("The run in the address cannot be run again: " + refused.getMessage());
                        }
                    }
                });
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
