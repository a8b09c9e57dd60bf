package dev.threadlab.rooms;

import dev.threadlab.rooms.RoomCommand.StudentCommand;
import dev.threadlab.rooms.RoomCommand.TeacherCommand;
import dev.threadlab.rooms.RoomEvent.HandLowered;
import dev.threadlab.rooms.RoomEvent.MemberView;
import dev.threadlab.rooms.RoomEvent.RoomState;
import dev.threadlab.rooms.RoomEvent.You;
import dev.threadlab.rooms.RoomSnapshot.LiveState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One live room: its state, its connected members and its fan-out. Every change happens under the hub's lock and is
 * broadcast from there, written to JSON once and queued to each member without blocking, so every member sees
 * events in the same order and a join never misses one: {@code RoomState} first, then everything after it.
 * Teacher commands are carried out by {@link TeacherDesk}.
 *
 * <p>On a school of several nodes each node has its copy of the room, for the members connected to it: the live
 * state changes only by {@link RoomBus#commit commits} of the next version (a node that lost the race applies the
 * change to the newer state and tries again), and every node, the committing one included, applies the changes in
 * version order as the bus hands them back ({@link #receive}), so members on every node see one sequence. Members,
 * hands, submissions and rosters are announced on the same bus.
 *
 * <p>The hub holds the lock and routes; its parts, all guarded by this lock, do the work: {@link SharedState} (the
 * live state's versions), {@link Attendance} (who is connected, the roster), {@link KnownMembers} (who may come
 * back), {@link TeacherDesk} and {@link StudentDesk} (the commands, grading and the dashboard).
 */
final class RoomHub {

    private static final Logger LOG = LoggerFactory.getLogger(RoomHub.class);

    private final RoomServices services;
    private final JoinCode code;
    private final String title;
    private final String teacherTokenHash;
    private final SharedState state;
    private final KnownMembers known;
    private final StudentDesk studentDesk;
    private final Attendance attendance;
    private final Admission admission;
    private final TeacherDesk teacherDesk = new TeacherDesk(this);
    private boolean revoked;

    RoomHub(RoomServices services, RoomSnapshot snapshot, List<KnownMember> known, List<Submission> submissions) {
        this.services = services;
        this.code = snapshot.code();
        this.title = snapshot.title();
        this.teacherTokenHash = snapshot.teacherTokenHash();
        this.state = new SharedState(this, services.bus().attach(code, snapshot.live()));
        this.known = new KnownMembers(services, code, known);
        this.studentDesk = new StudentDesk(this, submissions);
        this.attendance = new Attendance(this, services.bus().rosters(code));
        this.admission = new Admission(this, attendance, this.known);
    }

    JoinCode code() {
        return code;
    }

    boolean isTeacherToken(String token) {
        return Secrets.matches(token, teacherTokenHash);
    }

    /** What a join page shows before asking for a name: {@code code, title, status, memberCount, url}. */
    synchronized Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("code", code.value());
        summary.put("title", title);
        summary.put("status", state.live().status().jsonName());
        summary.put("memberCount", attendance.memberCount());
        summary.put("url", "/room/" + code.value());
        return summary;
    }

    /**
     * The student a resume token belongs to, if it does: known here, or (joined through another node, or before this
     * copy was loaded) in the database.
     */
    synchronized KnownMember knownMember(String resumeToken) {
        return known.find(resumeToken);
    }

    /**
     * Lets a member in and sends them the room's state, or answers why not (close code and reason).
     *
     * @param resumeToken the student's resume token, to hand back in {@code RoomState.you}; null for the teacher
     */
    synchronized Admission.Refusal admit(Member member, KnownMember knownBefore, String resumeToken) {
        Admission.Refusal refusal = admission.check(member, knownBefore, resumeToken);
        if (refusal == null) {
            attendance.add(member);
            member.send(services.protocol().write(stateFor(member, resumeToken)));
            attendance.localChanged();
        }
        return refusal;
    }

    /** This node's connections to the room: its teachers', or its students'. */
    synchronized int connections(boolean teachers) {
        return attendance.connections(teachers);
    }

    synchronized void leave(Member member) {
        if (attendance.remove(member)) {
            if (member.handRaised()) {
                noticeEverywhere(null, new HandLowered(member.memberId()));
            }
            attendance.localChanged();
        }
    }

    synchronized void handle(Member from, RoomCommand command) {
        if (revoked || from.isClosed()) {
            return;
        }
        boolean ended = state.live().status() == RoomStatus.ENDED;
        switch (command) {
            case TeacherCommand t when !from.isTeacher() -> error(from, "forbidden",
                    t.getClass().getSimpleName() + " is for the teacher only; nothing changed.");
            case TeacherCommand t when ended && !(t instanceof RoomCommand.Revoke) ->
                    error(from, "ended", "The room has ended and is read-only.");
            case TeacherCommand t -> carryOut(from, t);
            case StudentCommand _ when from.isTeacher() -> error(from, "students-only",
                    "That command is for students.");
            case StudentCommand _ when ended -> error(from, "ended", "The room has ended and is read-only.");
            case StudentCommand s -> studentDesk.carryOut(from, s);
        }
    }

    private void carryOut(Member teacher, TeacherCommand command) {
        try {
            teacherDesk.carryOut(teacher, command);
        } catch (RuntimeException e) {
            // Redis unreachable, or a room changed faster elsewhere than this node could follow: say so, change nothing
            LOG.warn("Room {}: {} failed", code, command.getClass().getSimpleName(), e);
            error(teacher, "not-done", command.getClass().getSimpleName() + " was not carried out: " + e.getMessage());
        }
    }

    /**
     * Grades the current challenge's submissions left without a verdict (a crash or a stop during grading): without
     * this their students could never submit again. Called once, right after the hub is loaded.
     */
    synchronized void gradeUnfinished() {
        Challenge challenge = state.live().challenge();
        if (challenge != null) {
            studentDesk.gradeUnfinished(challenge);
        }
    }

    // ---- used by the desks and the shared state, under this hub's lock ----

    /** The room's live state, shared with the school's other nodes: how the teacher's commands change it. */
    SharedState state() {
        return state;
    }

    /** The live state this node's members were last told. */
    LiveState live() {
        return state.live();
    }

    /** A new challenge was posed: the dashboard starts over. */
    void newChallenge() {
        studentDesk.newChallenge();
    }

    /** Runs {@code action} under this hub's lock: how work done off the lock (a run, a grade) comes back. */
    synchronized void underLock(Runnable action) {
        action.run();
    }

    /** Neither revoked nor ended: the teacher's commands still change it. */
    boolean isLive() {
        return !revoked && state.live().status() != RoomStatus.ENDED;
    }

    Submission latestSubmission(String submissionId) {
        return studentDesk.latest(submissionId);
    }

    /** Deletes the room: everyone, on every node, is told and disconnected. */
    void revoke() {
        services.writes().deleteRoom(code);
        services.bus().publish(code, new ClusterMessage.Revoked(services.bus().node()));
        services.bus().forget(code);
        revokeHere();
    }

    private void revokeHere() {
        revoked = true;
        broadcast(new RoomEvent.RoomRevoked());
        for (Member m : List.copyOf(attendance.members())) {
            m.close(CloseCodes.NOT_FOUND, "The teacher closed this room.");
        }
        attendance.clear();
    }

    boolean isRevoked() {
        return revoked;
    }

    RoomServices services() {
        return services;
    }

    long now() {
        return services.clock().getAsLong();
    }

    RoomSnapshot snapshot(LiveState live) {
        return new RoomSnapshot(code, title, teacherTokenHash, live.status(), live.scenario(), live.scenarioSource(),
                live.playback(), live.challenge(), live.version());
    }

    void error(Member to, String errorCode, String message) {
        to.send(services.protocol().write(new RoomEvent.Error(errorCode, message)));
    }

    void broadcast(RoomEvent event) {
        broadcastText(services.protocol().write(event));
    }

    /** An event already written, to every member on this node, in one order for all. */
    void broadcastText(String event) {
        services.fanOut().broadcast(attendance.members(), event);
    }

    /** Hands: to the teachers and the student, on whichever nodes they are. */
    void noticeEverywhere(String memberId, RoomEvent event) {
        String text = services.protocol().write(event);
        services.bus().publish(code, new ClusterMessage.Notice(services.bus().node(), memberId, text));
        attendance.toTeachersAnd(memberId, text);
    }

    /** To this node's teachers and the student {@code memberId}. */
    void toTeachersAnd(String memberId, RoomEvent event) {
        attendance.toTeachersAnd(memberId, services.protocol().write(event));
    }

    // ---- the school's other nodes ----

    /** What another node said about this room (from the bus's thread). */
    synchronized void receive(ClusterMessage message) {
        if (revoked) {
            return;
        }
        switch (message) {
            case ClusterMessage.StateChanged c -> state.received(c.state(), c.event());
            case ClusterMessage.Notice n -> attendance.toTeachersAnd(n.memberId(), n.event());
            case ClusterMessage.Submitted s -> studentDesk.submittedElsewhere(s.submission());
            case ClusterMessage.Roster r -> attendance.elsewhere(r.node(), r.members());
            case ClusterMessage.Joined j -> known.remember(j.member());
            case ClusterMessage.Replaced r -> replaceEarlierConnection(r.memberId());
            case ClusterMessage.Revoked _ -> revokeHere();
        }
    }

    /**
     * The live nodes changed: counts the students of the live ones, as recorded in Redis (the students of a node that
     * died are reconnecting to a live one; a node back from a long pause is counted again).
     */
    synchronized void rostersElsewhere(Map<String, List<MemberView>> rosters) {
        attendance.elsewhere(rosters);
    }

    // ---- internals ----

    /** Closes this node's earlier connections of a student who connected again. */
    void replaceEarlierConnection(String memberId) {
        for (Member m : attendance.connectionsOf(memberId)) {
            m.close(CloseCodes.REPLACED, "You connected again from another tab or device.");
            leave(m);
        }
    }

    private RoomState stateFor(Member member, String resumeToken) {
        LiveState live = state.live();
        You you = new You(member.memberId(), member.name(), member.role(), resumeToken);
        return new RoomState(code.value(), title, live.status(), you, live.scenario(), live.scenarioSource(),
                live.playback(), live.challenge(), member.isTeacher() ? attendance.roster() : null,
                attendance.memberCount(), studentDesk.viewFor(member), now());
    }
}
