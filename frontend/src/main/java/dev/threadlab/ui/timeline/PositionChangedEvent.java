package dev.threadlab.ui.timeline;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The learner paused or moved the playback (sent on pause and seek, not every frame). */
@DomEvent("position-changed")
public class PositionChangedEvent extends ComponentEvent<ThreadTimeline> {

    private static final long serialVersionUID = 1L;

    private final long seq;
    private final long positionUs;
    private final boolean playing;

    public PositionChangedEvent(ThreadTimeline source, boolean fromClient,
                                @EventData("event.detail.seq") double seq,
                                @EventData("event.detail.positionUs") double positionUs,
                                @EventData("event.detail.playing") boolean playing) {
        super(source, fromClient);
        this.seq = (long) seq;
        this.positionUs = (long) positionUs;
        this.playing = playing;
    }

    public long seq() {
        return seq;
    }

    public long positionUs() {
        return positionUs;
    }

    public boolean playing() {
        return playing;
    }
}
