package dev.threadlab.ui.timeline;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A run shown while it was still being computed is done: its summary, as {@code GET /api/runs/{id}} answers it. */
@DomEvent("run-computed")
public class RunComputedEvent extends ComponentEvent<ThreadTimeline> {

    private static final long serialVersionUID = 1L;

    private final String summaryJson;

    public RunComputedEvent(ThreadTimeline source, boolean fromClient,
                            @EventData("event.detail.summaryJson") String summaryJson) {
        super(source, fromClient);
        this.summaryJson = summaryJson;
    }

    public String summaryJson() {
        return summaryJson;
    }
}
