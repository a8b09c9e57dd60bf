package dev.threadlab.ui.classroom;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** A room message (or {@code {"type":"Closed",…}}) the browser's room socket passed on, as its JSON text. */
@DomEvent("room-message")
public class RoomMessageEvent extends ComponentEvent<RoomLink> {

    private static final long serialVersionUID = 1L;

    private final String json;

    public RoomMessageEvent(RoomLink source, boolean fromClient, @EventData("event.detail") String json) {
        super(source, fromClient);
        this.json = json;
    }

    public String json() {
        return json;
    }
}
