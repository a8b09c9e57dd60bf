package dev.threadlab.rooms;

/** A client message that is not one of {@link RoomCommand}'s shapes; answered with an {@code Error}, nothing changes. */
public final class BadMessage extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public BadMessage(String message) {
        super(message, null);
    }
}
