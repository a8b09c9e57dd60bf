package dev.threadlab.rooms;

import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One live connection to a room: a student or the teacher. Sends are asynchronous; a client that lets more than
 * {@code maxQueuedChars} characters of messages pile up is dropped at once (the client sees 1006: it would not read a
 * close frame either) so it cannot hold memory or slow the others.
 */
final class Member {

    /** The teacher's member id, on all their connections. */
    static final String TEACHER_ID = "teacher";

    private final String memberId;
    private final String name;
    private final MemberRole role;
    private final Session session;
    private final TokenBucket messages;
    private final int maxQueuedChars;
    private final AtomicLong queuedChars = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final FanOut fanOut;
    private final int lane;
    private volatile boolean handRaised;

    Member(String memberId, String name, MemberRole role, Session session, TokenBucket messages, int maxQueuedChars,
           FanOut fanOut) {
        this.memberId = memberId;
        this.name = name;
        this.role = role;
        this.session = session;
        this.messages = messages;
        this.maxQueuedChars = maxQueuedChars;
        this.fanOut = fanOut;
        this.lane = fanOut.assignLane();
    }

    int lane() {
        return lane;
    }

    String memberId() {
        return memberId;
    }

    String name() {
        return name;
    }

    MemberRole role() {
        return role;
    }

    boolean isTeacher() {
        return role == MemberRole.TEACHER;
    }

    boolean handRaised() {
        return handRaised;
    }

    void handRaised(boolean raised) {
        this.handRaised = raised;
    }

    boolean isClosed() {
        return closed.get();
    }

    /** Takes one message from this connection's allowance; false when it floods. */
    boolean allowMessage(long nowNanos) {
        return messages.tryTake(nowNanos);
    }

    /** Queues {@code text} after everything queued for this member before; never blocks. */
    void send(String text) {
        if (enqueue(text.length())) {
            fanOut.run(lane, () -> write(text));
        }
    }

    /**
     * Counts a message of {@code chars} characters on its way to this member; false (and the member is
     * disconnected) when too much is waiting already, or once it is closing. Every true answer must be followed by one
     * {@link #write} of that message. Counting characters, not messages, bounds the memory a slow reader holds.
     */
    boolean enqueue(int chars) {
        if (closed.get()) {
            return false;
        }
        if (queuedChars.addAndGet(chars) > maxQueuedChars) {
            queuedChars.addAndGet(-chars);
            // A close frame would wait behind what the client is not reading: drop the connection at once
            // (the client sees an abnormal closure; onClose then takes the member out of the room).
            if (closed.compareAndSet(false, true)) {
                fanOut.run(lane, session::disconnect);
            }
            return false;
        }
        return true;
    }

    /** Hands a counted message to the socket, on this member's lane. */
    void write(String text) {
        int chars = text.length();
        session.sendText(text, Callback.from(() -> queuedChars.addAndGet(-chars),
                failure -> queuedChars.addAndGet(-chars)));
    }

    /** A ping after whatever is queued (never when closing); the client's pong keeps the connection alive. */
    void ping() {
        if (!closed.get()) {
            fanOut.run(lane, () -> session.sendPing(ByteBuffer.allocate(0), Callback.NOOP));
        }
    }

    /**
     * Closes once with a code and a reason (cut to the 123 bytes a close frame allows), after the messages already
     * queued; nothing queued later is sent.
     */
    void close(int code, String reason) {
        if (closed.compareAndSet(false, true)) {
            fanOut.run(lane, () -> session.close(code, truncate(reason), Callback.NOOP));
        }
    }

    /** Marks the member gone after the client closed; nothing more is sent. */
    void markClosed() {
        closed.set(true);
    }

    static String truncate(String reason) {
        byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 123) {
            return reason;
        }
        String cut = new String(bytes, 0, 120, StandardCharsets.UTF_8);
        return cut.replace("\uFFFD", "") + "...";
    }
}
