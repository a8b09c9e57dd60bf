package dev.threadlab.ui.timeline;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;

/**
 * The Java side of {@code <thread-timeline>}: it hands the client-side component a run (its id, the
 * summary from {@code POST /api/runs} and the scenario), and the component streams the events straight
 * from {@code /ws/runs/{id}} (docs/DESIGN.md §1).
 */
@Tag("thread-timeline")
@JsModule("./thread-timeline/thread-timeline.ts")
public class ThreadTimeline extends Component implements HasStyle, HasSize {

    private static final long serialVersionUID = 1L;

    public ThreadTimeline() {
        setId("timeline");
    }

    /**
     * Shows a run: the scenario and summary first, then the id, which starts the streaming. An empty summary: the run
     * is still being computed; it is streamed as it is made and a {@link RunComputedEvent} brings the summary.
     */
    public void showRun(String runId, String summaryJson, String scenarioJson) {
        getElement().setProperty("scenarioJson", scenarioJson);
        getElement().setProperty("summaryJson", summaryJson);
        getElement().setProperty("runId", runId);
    }

    /**
     * "You are the scheduler": shows the run so far, the first {@code events} events of run {@code runId} (the rest
     * and the run's end are not shown), with the threads that could go next marked on their lanes
     * ({@code [{"thread","label"}]}).
     */
    public void showRunSoFar(String runId, String scenarioJson, long events, String candidatesJson) {
        getElement().setProperty("autoplay", false);
        getElement().setProperty("candidatesJson", candidatesJson);
        getElement().setProperty("eventsShown", events);
        getElement().setProperty("scenarioJson", scenarioJson);
        getElement().setProperty("summaryJson", "");
        getElement().setProperty("runId", runId);
    }

    /**
     * Marks where an explored witness preempts threads ({@code [{"atUs","thread"}]}, as {@code POST /api/explore}
     * answers them); {@code []} for an ordinary run. Set before {@link #showRun}.
     */
    public void setPreemptionMarks(String marksJson) {
        getElement().setProperty("marksJson", marksJson == null ? "[]" : marksJson);
    }

    public void setAutoplay(boolean autoplay) {
        getElement().setProperty("autoplay", autoplay);
    }

    /** When a run shown without its summary (still being computed) is done. */
    public Registration addRunComputedListener(ComponentEventListener<RunComputedEvent> listener) {
        return addListener(RunComputedEvent.class, listener);
    }

    public Registration addPlaybackEndedListener(ComponentEventListener<PlaybackEndedEvent> listener) {
        return addListener(PlaybackEndedEvent.class, listener);
    }
}
