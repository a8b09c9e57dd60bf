package dev.threadlab.rooms;

import java.util.function.UnaryOperator;

/**
 * The classroom's limits (DESIGN.md §5 and issue 7), all configurable through environment variables (read by
 * {@code LabSettings}); a test or the load tool passes its own lookup to {@link #from} for an in-process server.
 *
 * @param maxMembers           students connected to one room at once ({@code LAB_ROOM_MAX_MEMBERS}, 2,000)
 * @param failedJoinsPerMinute joins and room look-ups per client address per minute that name no room or carry a
 *                             wrong teacher token ({@code LAB_ROOM_FAILED_JOINS_PER_MINUTE}, 20): join codes cannot be
 *                             enumerated; past it, every attempt from that address is refused for a while
 * @param joinsPerMinute       all joins and room look-ups per client address per minute
 *                             ({@code LAB_ROOM_JOINS_PER_MINUTE}, 600: a whole school behind one NAT can join)
 * @param messagesPerSecond    messages a student connection may send per second, with a burst of twice as many
 *                             ({@code LAB_ROOM_MESSAGES_PER_SECOND}, 10; the teacher gets ten times as many)
 * @param maxMessageBytes      largest client message ({@code LAB_MAX_WS_MESSAGE}, 64 KiB)
 * @param maxQueuedChars       characters of messages queued for a client that reads too slowly before it is
 *                             disconnected ({@code LAB_ROOM_MAX_QUEUED_CHARS}, 1 Mi: thousands of playback updates or
 *                             a dozen large scenarios; bounds what slow readers can hold)
 * @param graders              threads grading submissions ({@code LAB_ROOM_GRADERS}, 1)
 * @param roomsCreatedPerMinute rooms one client address may create per minute ({@code LAB_ROOMS_PER_MINUTE}, 30)
 */
public record RoomLimits(int maxMembers, int failedJoinsPerMinute, int joinsPerMinute, int messagesPerSecond, int maxMessageBytes,
                         int maxQueuedChars, int graders, int roomsCreatedPerMinute) {

    public static RoomLimits defaults() {
        return new RoomLimits(2_000, 20, 600, 10, 64 * 1024, 1 << 20, 1, 30);
    }

    /**
     * Defaults overridden by the variables of the same names ({@code lookup}: the environment, read by
     * {@code LabSettings}); the message size defaults to the lab's WebSocket limit.
     */
    public static RoomLimits from(int defaultMaxMessageBytes, UnaryOperator<String> lookup) {
        RoomLimits d = defaults();
        return new RoomLimits(
                positive(lookup, "LAB_ROOM_MAX_MEMBERS", d.maxMembers),
                positive(lookup, "LAB_ROOM_FAILED_JOINS_PER_MINUTE", d.failedJoinsPerMinute),
                positive(lookup, "LAB_ROOM_JOINS_PER_MINUTE", d.joinsPerMinute),
                positive(lookup, "LAB_ROOM_MESSAGES_PER_SECOND", d.messagesPerSecond),
                positive(lookup, "LAB_MAX_WS_MESSAGE", defaultMaxMessageBytes),
                positive(lookup, "LAB_ROOM_MAX_QUEUED_CHARS", d.maxQueuedChars),
                positive(lookup, "LAB_ROOM_GRADERS", d.graders),
                positive(lookup, "LAB_ROOMS_PER_MINUTE", d.roomsCreatedPerMinute));
    }

    private static int positive(UnaryOperator<String> lookup, String name, int fallback) {
        String raw = lookup.apply(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive, got " + raw);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got \"" + raw + "\"", e);
        }
    }
}
