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
 * from {@code /ws/runs/{id}} (DESIGN.md §1). Playback commands are forwarded as element method calls.
 */
@Tag("thread-timeline")
@JsModule("./thread-timeline/thread-timeline.ts")
public class ThreadTimeline extends Component implements HasStyle, HasSize {

    private static final long serialVersionUID = 1L;

    public ThreadTimeline() {
        setId("timeline");
    }

    /** Shows a run: the scenario and summary first, then the id, which starts the streaming. */
    public void showRun(String runId, String summaryJson, String scenarioJson) {
        getElement().setProperty("scenarioJson", scenarioJson);
        getElement().setProperty("summaryJson", summaryJson);
        getElement().setProperty("runId", runId);
    }

    /**
     * Marks where an explored witness preempts threads ({@code [{"atUs","thread"}]}, as {@code POST /api/explore}
     * answers them); {@code []} for an ordinary run. Set before {@link #showRun}.
     */
    public void setPreemptionMarks(String marksJson) {
        getElement().setProperty("marksJson", marksJson == null ? "[]" : marksJson);
    }

    public String getRunId() {
        return getElement().getProperty("runId", "");
    }

    public void setAutoplay(boolean autoplay) {
        getElement().setProperty("autoplay", autoplay);
    }

    public boolean isAutoplay() {
        return getElement().getProperty("autoplay", true);
    }

    public void play() {
        getElement().callJsFunction("play");
    }

    public void pause() {
        getElement().callJsFunction("pause");
    }

    /** Moves the playback to just after event {@code seq} (−1: before the first). */
    public void seek(long seq) {
        getElement().callJsFunction("seekSeq", (double) seq);
    }

    public Registration addPlaybackEndedListener(ComponentEventListener<PlaybackEndedEvent> listener) {
        return addListener(PlaybackEndedEvent.class, listener);
    }

    public Registration addPositionChangedListener(ComponentEventListener<PositionChangedEvent> listener) {
        return addListener(PositionChangedEvent.class, listener);
    }
}
