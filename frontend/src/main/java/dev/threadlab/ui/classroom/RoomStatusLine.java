package dev.threadlab.ui.classroom;

import com.vaadin.flow.component.html.Span;
import dev.threadlab.rooms.RoomStatus;

/**
 * The teacher's line saying whether the room is open, locked or ended, revoked, or whether the page lost its
 * connection; {@code data-status} holds the {@link RoomStatus}'s name, {@code revoked} or {@code closed}.
 */
final class RoomStatusLine extends Span {

    private static final long serialVersionUID = 1L;

    RoomStatusLine() {
        setId("room-status");
    }

    void show(RoomStatus s) {
        show(s.jsonName(), switch (s) {
            case OPEN -> "Open.";
            case LOCKED -> "Locked: no new students can join.";
            case ENDED -> "Ended: the room is read-only.";
        });
    }

    void revoked() {
        show("revoked", "Revoked.");
    }

    void closed(RoomMessageEvent.Closed c) {
        show("closed", "Disconnected (" + c.code() + " " + c.reason() + ")");
    }

    private void show(String dataStatus, String text) {
        setText(text);
        getElement().setAttribute("data-status", dataStatus);
    }
}
