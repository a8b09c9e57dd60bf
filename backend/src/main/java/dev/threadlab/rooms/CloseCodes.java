package dev.threadlab.rooms;

/**
 * WebSocket close codes of {@code /ws/rooms/{code}} (private range 4000–4999, mirroring HTTP statuses where one
 * fits), each sent with a readable reason. Oversized messages are closed by the server with the standard 1009.
 */
public final class CloseCodes {

    /** The same member connected again elsewhere (resume token reused). */
    public static final int REPLACED = 4001;
    /**
     * The client did not read its messages fast enough. Such a client cannot read a close frame either, so the
     * connection is dropped (it sees 1006); the code is kept for clients of other limits.
     */
    public static final int TOO_SLOW = 4008;
    /** Invalid display name or query. */
    public static final int BAD_REQUEST = 4400;
    /** Wrong teacher token. */
    public static final int FORBIDDEN = 4403;
    /** No such room, or it was revoked. */
    public static final int NOT_FOUND = 4404;
    /** The room is locked: no new joins. */
    public static final int LOCKED = 4423;
    /** Too many join attempts from this address, or too many messages on this connection. */
    public static final int TOO_MANY = 4429;
    /** The room has its maximum number of members. */
    public static final int FULL = 4503;

    private CloseCodes() {
    }
}
