package dev.threadlab.ui.classroom;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import dev.threadlab.rooms.RoomEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.function.Consumer;

/**
 * What the browser's room socket passed on, as its JSON text: a {@link RoomEvent} of the server, read with the
 * server's own mapping, or the page's own {@code {"type":"Closed","code","reason"}} when the socket closed.
 */
@DomEvent("room-message")
public class RoomMessageEvent extends ComponentEvent<RoomLink> {

    private static final long serialVersionUID = 1L;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String json;

    /** The socket closed ({@code room-protocol.ts}'s {@code Closed}): its close code and reason. */
    public record Closed(int code, String reason) {
    }

    public RoomMessageEvent(RoomLink source, boolean fromClient, @EventData("event.detail") String json) {
        super(source, fromClient);
        this.json = json;
    }

    /** Hands a room event, as its record, to {@code events}; a close is the browser's to show. */
    public void dispatch(Consumer<RoomEvent> events) {
        dispatch(closed -> { }, events);
    }

    /** Hands the message to {@code closed} or, as its record, to {@code events}. */
    public void dispatch(Consumer<Closed> closed, Consumer<RoomEvent> events) {
        JsonNode tree = JSON.readTree(json);
        if ("Closed".equals(tree.path("type").asString(""))) {
            closed.accept(new Closed(tree.path("code").asInt(), tree.path("reason").asString("")));
        } else {
            events.accept(RoomLink.PROTOCOL.readEvent(tree));
        }
    }
}
