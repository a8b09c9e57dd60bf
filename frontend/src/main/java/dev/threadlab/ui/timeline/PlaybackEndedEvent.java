package dev.threadlab.ui.timeline;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The playback reached the last event of the run. */
@DomEvent("playback-ended")
public class PlaybackEndedEvent extends ComponentEvent<ThreadTimeline> {

    private static final long serialVersionUID = 1L;

    private final long seq;

    public PlaybackEndedEvent(ThreadTimeline source, boolean fromClient,
                              @EventData("event.detail.seq") double seq) {
        super(source, fromClient);
        this.seq = (long) seq;
    }

    public long seq() {
        return seq;
    }
}
