package dev.threadlab.ui.timeline;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * The Java side of {@code <reality-timeline>}: the lab's simulated run and CPython's measured run of one scenario,
 * drawn one above the other on the same time axis from {@code POST /api/reality}'s two timelines.
 */
@Tag("reality-timeline")
@JsModule("./thread-timeline/reality-timeline.ts")
public class RealityTimeline extends Component implements HasSize {

    private static final long serialVersionUID = 1L;

    public RealityTimeline() {
        setId("reality-timeline");
    }

    /** Both timelines in their wire form (backend/API.md, timeline), the scenario for the lanes' processes. */
    public void show(String scenarioJson, String labTimelineJson, String cpythonTimelineJson, String cpythonTitle) {
        getElement().setProperty("scenarioJson", scenarioJson);
        getElement().setProperty("cpythonTitle", cpythonTitle);
        getElement().setProperty("labJson", labTimelineJson);
        getElement().setProperty("cpythonJson", cpythonTimelineJson == null ? "" : cpythonTimelineJson);
    }
}
