package dev.threadlab.rooms;

import dev.threadlab.rooms.RoomCommand.StudentCommand;
import dev.threadlab.rooms.RoomCommand.TeacherCommand;
import dev.threadlab.rooms.RoomEvent.HandLowered;
import dev.threadlab.rooms.RoomEvent.HandRaised;
import dev.threadlab.rooms.RoomEvent.MemberView;
import dev.threadlab.rooms.RoomEvent.RoomState;
import dev.threadlab.rooms.RoomEvent.RosterChanged;
import dev.threadlab.rooms.RoomEvent.SubmissionGraded;
import dev.threadlab.rooms.RoomEvent.SubmissionReceived;
import dev.threadlab.rooms.RoomEvent.SubmissionView;
import dev.threadlab.rooms.RoomEvent.You;
import dev.threadlab.rooms.RoomSnapshot.LiveState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.UnaryOperator;

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
 */
final class RoomHub {

    private static final Logger LOG = LoggerFactory.getLogger(RoomHub.class);

    private static final long ROSTER_DELAY_MS = 200;
    /** Teacher connections per room (projector, laptop, tablet …); a leaked link cannot open thousands. */
    static final int MAX_TEACHER_CONNECTIONS = 10;

    private final RoomServices services;
    private final JoinCode code;
    private final String title;
    private final String teacherTokenHash;
    private final Set<Member> members = new LinkedHashSet<>();
    private final Map<String, KnownMember> knownByResumeHash = new LinkedHashMap<>();
    private final Dashboard dashboard;
    private final TeacherDesk desk = new TeacherDesk(this);
    /** The students connected to each other node, by node. */
    private final Map<String, List<MemberView>> elsewhere = new HashMap<>();
    /** Members with a submission being graded on this node, and the challenge it answers. */
    private final Map<String, String> gradingHere = new HashMap<>();
    /** The state this node's members were last told about: changes arrive in version order. */
    private LiveState live;
    /** The newest state this node knows (its own commits may not have come back yet): what a change starts from. */
    private LiveState latest;
    private int students;
    private boolean rosterFlushScheduled;
    private boolean localRosterChanged;
    private boolean revoked;

    RoomHub(RoomServices services, RoomSnapshot snapshot, List<KnownMember> known, List<Submission> submissions) {
        this.services = services;
        this.code = snapshot.code();
        this.title = snapshot.title();
        this.teacherTokenHash = snapshot.teacherTokenHash();
        this.live = services.bus().attach(code, snapshot.live());
        this.latest = live;
        known.forEach(k -> knownByResumeHash.put(k.resumeHash(), k));
        this.dashboard = new Dashboard(submissions);
        this.elsewhere.putAll(services.bus().rosters(code));
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
        summary.put("status", live.status());
        summary.put("memberCount", memberCount());
        summary.put("url", "/room/" + code.value());
        return summary;
    }

    /**
     * The student a resume token belongs to, if it does: known here, or (joined through another node, or before this
     * copy was loaded) in the database.
     */
    synchronized KnownMember knownMember(String resumeToken) {
        if (resumeToken == null) {
            return null;
        }
        String hash = Secrets.hash(resumeToken);
        KnownMember known = knownByResumeHash.get(hash);
        if (known == null && services.bus().shared()) {
            known = services.store().member(code, hash).orElse(null);
            if (known != null) {
                knownByResumeHash.put(hash, known);
            }
        }
        return known;
    }

    /**
     * Lets a member in and sends them the room's state, or answers why not (close code and reason).
     *
     * @param resumeToken the student's resume token, to hand back in {@code RoomState.you}; null for the teacher
     */
    synchronized Refusal admit(Member member, KnownMember known, String resumeToken) {
        if (revoked) {
            return new Refusal(CloseCodes.NOT_FOUND, "This room no longer exists.");
        }
        if (member.isTeacher() && members.size() - students >= MAX_TEACHER_CONNECTIONS) {
            return new Refusal(CloseCodes.FULL, "This room already has " + MAX_TEACHER_CONNECTIONS
                    + " teacher connections; close one first.");
        }
        if (!member.isTeacher()) {
            if (known == null && RoomSnapshot.LOCKED.equals(live.status())) {
                return new Refusal(CloseCodes.LOCKED, "This room is locked: the teacher is not letting anyone new in.");
            }
            // A student coming back replaces their earlier connection first: it frees the place they held.
            replaceEarlierConnection(member.memberId());
            if (known != null) {
                services.bus().publish(code, new ClusterMessage.Replaced(services.bus().node(), member.memberId()));
            }
            if (memberCount() >= services.limits().maxMembers()) {
                return new Refusal(CloseCodes.FULL, "This room is full: it has its maximum of "
                        + services.limits().maxMembers() + " members.");
            }
            if (known == null) {
                KnownMember fresh = new KnownMember(member.memberId(), member.name(), Secrets.hash(resumeToken));
                knownByResumeHash.put(fresh.resumeHash(), fresh);
                services.writes().addMember(code, fresh);
                services.bus().publish(code, new ClusterMessage.Joined(services.bus().node(), fresh));
            }
            students++;
        }
        members.add(member);
        member.send(services.events().write(stateFor(member, resumeToken)));
        localRosterChanged();
        return null;
    }

    /** This node's connections to the room: its teachers', or its students'. */
    synchronized int connections(boolean teachers) {
        return teachers ? members.size() - students : students;
    }

    /** Why a connection was refused. */
    record Refusal(int closeCode, String reason) {
    }

    synchronized void leave(Member member) {
        if (members.remove(member)) {
            if (!member.isTeacher()) {
                students--;
            }
            if (member.handRaised()) {
                noticeEverywhere(null, new HandLowered(member.memberId()));
            }
            localRosterChanged();
        }
    }

    synchronized void handle(Member from, RoomCommand command) {
        if (revoked || from.isClosed()) {
            return;
        }
        switch (command) {
            case TeacherCommand t when !from.isTeacher() -> error(from, "forbidden",
                    t.getClass().getSimpleName() + " is for the teacher only; nothing changed.");
            case TeacherCommand t when RoomSnapshot.ENDED.equals(live.status()) && !(t instanceof RoomCommand.Revoke) ->
                    error(from, "ended", "The room has ended and is read-only.");
            case TeacherCommand t -> carryOut(from, t);
            case StudentCommand _ when from.isTeacher() -> error(from, "students-only",
                    "That command is for students.");
            case StudentCommand _ when RoomSnapshot.ENDED.equals(live.status()) ->
                    error(from, "ended", "The room has ended and is read-only.");
            case StudentCommand s -> student(from, s);
        }
    }

    private void carryOut(Member teacher, TeacherCommand command) {
        try {
            desk.carryOut(teacher, command);
        } catch (RuntimeException e) {
            // Redis unreachable, or a room changed faster elsewhere than this node could follow: say so, change nothing
            LOG.warn("Room {}: {} failed", code, command.getClass().getSimpleName(), e);
            error(teacher, "not-done", command.getClass().getSimpleName() + " was not carried out: " + e.getMessage());
        }
    }

    private void student(Member from, StudentCommand command) {
        switch (command) {
            case RoomCommand.RaiseHand _, RoomCommand.LowerHand _ -> {
                boolean raised = command instanceof RoomCommand.RaiseHand;
                from.handRaised(raised);
                noticeEverywhere(from.memberId(), raised ? new HandRaised(from.memberId(), from.name())
                        : new HandLowered(from.memberId()));
            }
            case RoomCommand.Submit s -> submit(from, s.scenario());
        }
    }

    private void submit(Member from, JsonNode submitted) {
        Challenge challenge = live.challenge();
        if (challenge == null) {
            error(from, "no-challenge", "There is no challenge to submit to yet.");
            return;
        }
        if (challenge.id().equals(gradingHere.get(from.memberId()))) {
            // One submission in grading per student bounds the grader's queue (not the stored submissions: each
            // graded one stays in the database until the room is deleted), per challenge: a new challenge may be answered
            // at once. Per node: a student whose submission was being graded by a node that died may submit again on
            // the node they reconnected to.
            error(from, "still-grading", "Your previous submission is still being graded; submit again after it.");
            return;
        }
        Submission submission = new Submission(services.secrets().newToken().substring(0, 12), challenge.id(),
                from.memberId(), from.name(), submitted, now(), null);
        dashboard.put(submission);
        services.writes().addSubmission(code, submission);
        services.bus().publish(code, new ClusterMessage.Submitted(services.bus().node(), submission));
        toTeachersAnd(from.memberId(), new SubmissionReceived(dashboard.view(submission)));
        grade(submission, challenge.goal());
    }

    /**
     * Grades the current challenge's submissions left without a verdict (a crash or a stop during grading): without
     * this their students could never submit again. Called once, right after the hub is loaded.
     */
    synchronized void gradeUnfinished() {
        Challenge challenge = live.challenge();
        if (challenge != null) {
            dashboard.ungraded().forEach(s -> grade(s, challenge.goal()));
        }
    }

    private void grade(Submission submission, Goal goal) {
        gradingHere.put(submission.memberId(), submission.challengeId());
        services.grading().grade(submission.scenario(), goal, verdict -> graded(submission, verdict));
    }

    private synchronized void graded(Submission submission, Verdict verdict) {
        gradingHere.remove(submission.memberId(), submission.challengeId());
        Submission done = submission.withVerdict(verdict);
        services.writes().gradeSubmission(submission.id(), verdict);
        // A verdict for a submission no longer on the dashboard (a new challenge, a newer submission) is stored only.
        if (dashboard.graded(done) && !revoked) {
            services.bus().publish(code, new ClusterMessage.Submitted(services.bus().node(), done));
            toTeachersAnd(submission.memberId(), new SubmissionGraded(dashboard.view(done)));
        }
    }

    // ---- used by TeacherDesk, under this hub's lock ----

    /** The playback moves from the room's current one, whichever node changed it last. */
    void playback(UnaryOperator<Playback> how) {
        commit(s -> s.withPlayback(how.apply(s.playback())), s -> new RoomEvent.PlaybackChanged(s.playback(), now()));
    }

    void scenario(JsonNode next, String source, UnaryOperator<Playback> how) {
        commit(s -> s.withScenario(next, source, how.apply(s.playback())),
                s -> new RoomEvent.ScenarioLoaded(next, source, s.playback(), now()));
    }

    void challenge(Challenge next) {
        commit(s -> s.withChallenge(next), _ -> new RoomEvent.ChallengePosed(next));
    }

    /** Runs {@code action} under this hub's lock: how work done off the lock (a run) comes back. */
    synchronized void underLock(Runnable action) {
        action.run();
    }

    /** Neither revoked nor ended: the teacher's commands still change it. */
    boolean isLive() {
        return !revoked && !RoomSnapshot.ENDED.equals(live.status());
    }

    Submission latestSubmission(String submissionId) {
        return dashboard.find(submissionId);
    }

    void status(String next, RoomEvent announcement) {
        commit(s -> s.withStatus(next), _ -> announcement);
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
        for (Member m : List.copyOf(members)) {
            m.close(CloseCodes.NOT_FOUND, "The teacher closed this room.");
        }
        members.clear();
        students = 0;
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

    void error(Member to, String errorCode, String message) {
        to.send(services.events().write(new RoomEvent.Error(errorCode, message)));
    }

    void broadcast(RoomEvent event) {
        services.fanOut().broadcast(members, services.events().write(event));
    }

    // ---- the school's other nodes ----

    /** What another node said about this room (from the bus's thread). */
    synchronized void receive(ClusterMessage message) {
        if (revoked) {
            return;
        }
        switch (message) {
            case ClusterMessage.StateChanged c -> {
                if (c.state().version() == live.version() + 1) {
                    adopt(c.state());
                    services.fanOut().broadcast(members, c.event());
                } else if (c.state().version() > live.version()) {
                    catchUp(c.state());   // a message went missing (a reconnect): tell members what changed
                }
            }
            case ClusterMessage.Notice n -> toTeachersAndText(n.memberId(), n.event());
            case ClusterMessage.Submitted s -> submittedElsewhere(s.submission());
            case ClusterMessage.Roster r -> {
                elsewhere.put(r.node(), r.members());
                rosterChanged();
            }
            case ClusterMessage.Joined j -> knownByResumeHash.put(j.member().resumeHash(), j.member());
            case ClusterMessage.Replaced r -> replaceEarlierConnection(r.memberId());
            case ClusterMessage.Revoked _ -> revokeHere();
        }
    }

    /**
     * The live nodes changed: counts the students of the live ones, as recorded in Redis (the students of a node that
     * died are reconnecting to a live one; a node back from a long pause is counted again).
     */
    synchronized void rostersElsewhere(Map<String, List<MemberView>> rosters) {
        if (!elsewhere.equals(rosters)) {
            elsewhere.clear();
            elsewhere.putAll(rosters);
            rosterChanged();
        }
    }

    private void submittedElsewhere(Submission submission) {
        if (live.challenge() == null || !live.challenge().id().equals(submission.challengeId())) {
            return;
        }
        if (submission.verdict() == null) {
            dashboard.put(submission);
            toTeachersAnd(submission.memberId(), new SubmissionReceived(dashboard.view(submission)));
        } else if (dashboard.graded(submission)) {
            toTeachersAnd(submission.memberId(), new SubmissionGraded(dashboard.view(submission)));
        }
    }

    // ---- internals ----

    /**
     * Commits the next version of the live state for the whole school (written to the database behind); every node
     * hears it from the bus in version order and tells its members ({@link #receive}), so members everywhere see the
     * same sequence; this node tells its own at once when nothing came in between. When another node committed first, {@code how} is applied to the
     * school's newer state and committed again.
     */
    private void commit(UnaryOperator<LiveState> how, Function<LiveState, RoomEvent> announce) {
        RoomBus bus = services.bus();
        LiveState base = latest.version() >= live.version() ? latest : live;
        for (int attempt = 0; attempt < MAX_COMMIT_ATTEMPTS; attempt++) {
            LiveState next = how.apply(base).next();
            String event = services.events().write(announce.apply(next));
            if (bus.commit(code, next, event)) {
                latest = next;
                services.writes().saveState(snapshot(next));
                // Alone, nothing relays it back. Shared, when this node's members have seen every version before it,
                // it is next in order anyway: tell them now, and pass over the echo (one Redis round trip less).
                if (!bus.shared() || live.version() == next.version() - 1) {
                    adopt(next);
                    services.fanOut().broadcast(members, event);
                }
                return;
            }
            base = bus.attach(code, base);
        }
        throw new IllegalStateException("the room changed " + MAX_COMMIT_ATTEMPTS + " times in a row on other nodes"
                + " while this one tried to change it; try again");
    }

    private static final int MAX_COMMIT_ATTEMPTS = 50;

    private void adopt(LiveState next) {
        Challenge before = live.challenge();
        live = next;
        if (next.version() > latest.version()) {
            latest = next;
        }
        if (next.challenge() != null && (before == null || !before.id().equals(next.challenge().id()))) {
            dashboard.clear();
        }
    }

    /** Takes a newer state whose events this node did not see, and tells its members what they missed. */
    private void catchUp(LiveState newer) {
        if (newer.version() <= live.version()) {
            return;
        }
        LiveState before = live;
        adopt(newer);
        long now = now();
        if (!Objects.equals(before.status(), newer.status())) {
            broadcast(switch (newer.status()) {
                case RoomSnapshot.LOCKED -> new RoomEvent.RoomLocked();
                case RoomSnapshot.ENDED -> new RoomEvent.RoomEnded();
                default -> new RoomEvent.RoomUnlocked();
            });
        }
        if (newer.challenge() != null && !newer.challenge().equals(before.challenge())) {
            broadcast(new RoomEvent.ChallengePosed(newer.challenge()));
        }
        if (!Objects.equals(before.scenario(), newer.scenario())
                || !Objects.equals(before.scenarioSource(), newer.scenarioSource())) {
            broadcast(new RoomEvent.ScenarioLoaded(newer.scenario(), newer.scenarioSource(), newer.playback(), now));
        } else if (!before.playback().equals(newer.playback())) {
            broadcast(new RoomEvent.PlaybackChanged(newer.playback(), now));
        }
    }

    private RoomSnapshot snapshot(LiveState state) {
        return new RoomSnapshot(code, title, teacherTokenHash, state.status(), state.scenario(), state.scenarioSource(),
                state.playback(), state.challenge(), state.version());
    }

    /** Students connected to this room through every live node. */
    private int memberCount() {
        int count = students;
        for (List<MemberView> roster : elsewhere.values()) {
            count += roster.size();
        }
        return count;
    }

    private void toTeachers(RoomEvent event) {
        toTeachersAnd(null, event);
    }

    /** Hands: to the teachers and the student, on whichever nodes they are. */
    private void noticeEverywhere(String memberId, RoomEvent event) {
        String text = services.events().write(event);
        services.bus().publish(code, new ClusterMessage.Notice(services.bus().node(), memberId, text));
        toTeachersAndText(memberId, text);
    }

    private void toTeachersAnd(String memberId, RoomEvent event) {
        toTeachersAndText(memberId, services.events().write(event));
    }

    private void toTeachersAndText(String memberId, String text) {
        for (Member m : members) {
            if (m.isTeacher() || m.memberId().equals(memberId)) {
                m.send(text);
            }
        }
    }

    private void replaceEarlierConnection(String memberId) {
        // called for every join: look without copying the room's members (a thousand per join in a big room)
        List<Member> earlier = new ArrayList<>(1);
        for (Member m : members) {
            if (m.memberId().equals(memberId)) {
                earlier.add(m);
            }
        }
        for (Member m : earlier) {
            m.close(CloseCodes.REPLACED, "You connected again from another tab or device.");
            leave(m);
        }
    }

    private RoomState stateFor(Member member, String resumeToken) {
        You you = new You(member.memberId(), member.name(), member.role(), resumeToken);
        return new RoomState(code.value(), title, live.status(), you, live.scenario(), live.scenarioSource(),
                live.playback(), live.challenge(), member.isTeacher() ? roster() : null, memberCount(),
                dashboard.viewFor(member), now());
    }

    /** Every connected student: this node's, then the other nodes'. */
    private List<MemberView> roster() {
        List<MemberView> views = new ArrayList<>(localRoster());
        elsewhere.values().forEach(views::addAll);
        return views;
    }

    private List<MemberView> localRoster() {
        List<MemberView> views = new ArrayList<>();
        for (Member m : members) {
            if (!m.isTeacher()) {
                views.add(new MemberView(m.memberId(), m.name(), m.handRaised()));
            }
        }
        return views;
    }

    private void localRosterChanged() {
        localRosterChanged = true;
        rosterChanged();
    }

    /**
     * Roster updates go to teachers (and this node's roster to the other nodes) at most every
     * {@value #ROSTER_DELAY_MS} ms, however fast people join.
     */
    private void rosterChanged() {
        if (!rosterFlushScheduled && !revoked) {
            try {
                services.scheduler().schedule(this::flushRoster, ROSTER_DELAY_MS, TimeUnit.MILLISECONDS);
                rosterFlushScheduled = true;
            } catch (RejectedExecutionException stopping) {
                // the server is stopping and its members are leaving: nobody is left to tell
            }
        }
    }

    private synchronized void flushRoster() {
        rosterFlushScheduled = false;
        if (!revoked) {
            if (localRosterChanged && services.bus().shared()) {
                localRosterChanged = false;
                services.bus().roster(code, localRoster());
            }
            toTeachers(new RosterChanged(roster(), memberCount()));
        }
    }
}
