package dev.threadlab.rooms;

import io.javalin.websocket.WsCloseContext;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsContext;
import io.javalin.websocket.WsMessageContext;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code WS /ws/rooms/{code}?name=…} (a student), {@code ?resume=TOKEN} (a student coming back) or
 * {@code ?teacher=TOKEN}. Every refusal is an {@code Error} message followed by a close with a code from
 * {@link CloseCodes} and a readable reason.
 */
final class RoomSocket {

    private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(2);
    static final long PING_SECONDS = 30;
    private static final int TEACHER_ALLOWANCE = 10;

    private final RoomRegistry registry;
    private final RoomServices services;
    private final JoinGuard joins;
    private final ConcurrentHashMap<String, Attached> attached = new ConcurrentHashMap<>();
    private final ClientAddress addresses;

    RoomSocket(RoomRegistry registry, RoomServices services, JoinGuard joins, ClientAddress addresses) {
        this.registry = registry;
        this.services = services;
        this.joins = joins;
        this.addresses = addresses;
    }

    private record Attached(RoomHub hub, Member member) {
    }

    void configure(WsConfig ws) {
        ws.onConnect(this::connect);
        ws.onMessage(this::message);
        ws.onClose(this::close);
    }

    private void connect(WsConnectContext ctx) {
        ctx.session.setMaxTextMessageSize(services.limits().maxMessageBytes());
        ctx.session.setIdleTimeout(IDLE_TIMEOUT);
        String address = addresses.client(address(ctx.session.getRemoteSocketAddress()),
                ctx.header(ClientAddress.FORWARDED_FOR));
        JoinGuard.Refusal tooMany = joins.tryAttempt(address);
        if (tooMany != null) {
            refuse(ctx, CloseCodes.TOO_MANY, "too-many-joins", joins.explain(tooMany, "join attempts"));
            return;
        }
        Optional<RoomHub> found = JoinCode.parse(ctx.pathParam("code")).flatMap(registry::find);
        if (found.isEmpty()) {
            joins.miss(address);
            refuse(ctx, CloseCodes.NOT_FOUND, "no-room", "There is no room with this code. Check the code.");
            return;
        }
        RoomHub hub = found.get();
        Joiner joiner = ctx.queryParam("teacher") != null ? teacher(ctx, hub, address) : student(ctx, hub);
        if (joiner == null) {
            return;
        }
        Admission.Refusal refusal = hub.admit(joiner.member(), joiner.known(), joiner.resumeToken());
        if (refusal != null) {
            refuse(ctx, refusal.closeCode(), "refused", refusal.reason());
            return;
        }
        attached.put(ctx.sessionId(), new Attached(hub, joiner.member()));
    }

    /** Who asks to come in: the student as known from their resume token (or null), and their resume token. */
    private record Joiner(Member member, KnownMember known, String resumeToken) {
    }

    /** The teacher, or null (refused) when the teacher token is not this room's. */
    private Joiner teacher(WsConnectContext ctx, RoomHub hub, String address) {
        if (!hub.isTeacherToken(ctx.queryParam("teacher"))) {
            joins.miss(address);
            refuse(ctx, CloseCodes.FORBIDDEN, "bad-teacher-token", "This teacher link is not valid for this room.");
            return null;
        }
        return new Joiner(member(ctx, Member.TEACHER_ID, DisplayName.of("Teacher"), MemberRole.TEACHER, TEACHER_ALLOWANCE),
                null, null);
    }

    /** A student coming back (a resume token the room knows) or new, or null (refused) for a bad name. */
    private Joiner student(WsConnectContext ctx, RoomHub hub) {
        KnownMember known = hub.knownMember(ctx.queryParam("resume"));
        if (known != null) {
            return new Joiner(member(ctx, known.memberId(), new DisplayName(known.name()), MemberRole.STUDENT, 1), known,
                    ctx.queryParam("resume"));
        }
        String problem = DisplayName.problemWithStudentName(strip(ctx.queryParam("name")));
        if (problem != null) {
            refuse(ctx, CloseCodes.BAD_REQUEST, "bad-name", problem);
            return null;
        }
        String resumeToken = services.secrets().newToken();
        return new Joiner(member(ctx, services.secrets().newToken().substring(0, 11),
                DisplayName.of(ctx.queryParam("name")), MemberRole.STUDENT, 1), null, resumeToken);
    }

    /**
     * Pings every connection (so idle ones behind proxies and NATs stay open); called every {@value #PING_SECONDS}
     * s from the rooms' own daemon scheduler: Javalin's automatic pings run on a non-daemon thread that outlives the
     * server and kept a stopped JVM (the benchmark) from exiting.
     */
    void pingAll() {
        attached.values().forEach(a -> a.member().ping());
    }

    private Member member(WsContext ctx, String id, DisplayName name, MemberRole role, int allowanceFactor) {
        int perSecond = services.limits().messagesPerSecond() * allowanceFactor;
        return new Member(id, name.value(), role, ctx.session,
                new TokenBucket(2.0 * perSecond, perSecond, System.nanoTime()), services.limits().maxQueuedChars(),
                services.fanOut());
    }

    private void message(WsMessageContext ctx) {
        Attached a = attached.get(ctx.sessionId());
        if (a == null) {
            return;
        }
        Member member = a.member();
        if (!member.allowMessage(System.nanoTime())) {
            a.hub().error(member, "flooding", "Too many messages; disconnecting.");
            member.close(CloseCodes.TOO_MANY, "Too many messages: at most "
                    + services.limits().messagesPerSecond() + " a second");
            detach(ctx);
            return;
        }
        try {
            a.hub().handle(member, services.protocol().read(ctx.message()));
        } catch (BadMessage e) {
            a.hub().error(member, "bad-message", e.getMessage());
        }
    }

    private void close(WsCloseContext ctx) {
        detach(ctx);
    }

    private void detach(WsContext ctx) {
        Attached a = attached.remove(ctx.sessionId());
        if (a != null) {
            a.member().markClosed();
            a.hub().leave(a.member());
        }
    }

    private void refuse(WsConnectContext ctx, int closeCode, String errorCode, String reason) {
        ctx.send(services.protocol().write(new RoomEvent.Error(errorCode, reason)));
        ctx.closeSession(closeCode, Member.truncate(reason));
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    static String address(SocketAddress remote) {
        return remote instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress() : String.valueOf(remote);
    }
}
