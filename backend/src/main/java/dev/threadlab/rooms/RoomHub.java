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
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One live room: its state, its connected members and its fan-out. Every change happens under the hub's lock and is
 * broadcast from there, written to JSON once and queued to each member without blocking, so every member sees
 * events in the same order and a join never misses one: {@code RoomState} first, then everything after it.
 * Teacher commands are carried out by {@link TeacherDesk}.
 */
final class RoomHub {

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
    private String status;
    private JsonNode scenario;
    private String scenarioSource;
    private Playback playback;
    private Challenge challenge;
    private int students;
    private boolean rosterFlushScheduled;
    private boolean revoked;

    RoomHub(RoomServices services, RoomSnapshot snapshot, List<KnownMember> known, List<Submission> submissions) {
        this.services = services;
        this.code = snapshot.code();
        this.title = snapshot.title();
        this.teacherTokenHash = snapshot.teacherTokenHash();
        this.status = snapshot.status();
        this.scenario = snapshot.scenario();
        this.scenarioSource = snapshot.scenarioSource();
        this.playback = snapshot.playback();
        this.challenge = snapshot.challenge();
        known.forEach(k -> knownByResumeHash.put(k.resumeHash(), k));
        this.dashboard = new Dashboard(submissions);
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
        summary.put("status", status);
        summary.put("memberCount", students);
        summary.put("url", "/room/" + code.value());
        return summary;
    }

    /** The student a resume token belongs to, if it does. */
    synchronized KnownMember knownMember(String resumeToken) {
        return resumeToken == null ? null : knownByResumeHash.get(Secrets.hash(resumeToken));
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
            if (known == null && RoomSnapshot.LOCKED.equals(status)) {
                return new Refusal(CloseCodes.LOCKED, "This room is locked: the teacher is not letting anyone new in.");
            }
            // A student coming back replaces their earlier connection first: it frees the place they held.
            replaceEarlierConnection(member.memberId());
            if (students >= services.limits().maxMembers()) {
                return new Refusal(CloseCodes.FULL, "This room is full: it has its maximum of "
                        + services.limits().maxMembers() + " members.");
            }
            if (known == null) {
                KnownMember fresh = new KnownMember(member.memberId(), member.name(), Secrets.hash(resumeToken));
                knownByResumeHash.put(fresh.resumeHash(), fresh);
                services.writes().addMember(code, fresh);
            }
            students++;
        }
        members.add(member);
        member.send(services.events().write(stateFor(member, resumeToken)));
        rosterChanged();
        return null;
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
                toTeachers(new HandLowered(member.memberId()));
            }
            rosterChanged();
        }
    }

    synchronized void handle(Member from, RoomCommand command) {
        if (revoked || from.isClosed()) {
            return;
        }
        switch (command) {
            case TeacherCommand t when !from.isTeacher() -> error(from, "forbidden",
                    t.getClass().getSimpleName() + " is for the teacher only; nothing changed.");
            case TeacherCommand t when RoomSnapshot.ENDED.equals(status) && !(t instanceof RoomCommand.Revoke) ->
                    error(from, "ended", "The room has ended and is read-only.");
            case TeacherCommand t -> desk.carryOut(from, t);
            case StudentCommand _ when from.isTeacher() -> error(from, "students-only",
                    "That command is for students.");
            case StudentCommand _ when RoomSnapshot.ENDED.equals(status) ->
                    error(from, "ended", "The room has ended and is read-only.");
            case StudentCommand s -> student(from, s);
        }
    }

    private void student(Member from, StudentCommand command) {
        switch (command) {
            case RoomCommand.RaiseHand _, RoomCommand.LowerHand _ -> {
                boolean raised = command instanceof RoomCommand.RaiseHand;
                from.handRaised(raised);
                toTeachersAnd(from.memberId(), raised ? new HandRaised(from.memberId(), from.name())
                        : new HandLowered(from.memberId()));
            }
            case RoomCommand.Submit s -> submit(from, s.scenario());
        }
    }

    private void submit(Member from, JsonNode submitted) {
        if (challenge == null) {
            error(from, "no-challenge", "There is no challenge to submit to yet.");
            return;
        }
        if (dashboard.isGrading(from.memberId())) {
            // One submission in grading per student bounds the grader's queue (not the stored submissions: each
            // graded one stays in the database until the room is deleted).
            error(from, "still-grading", "Your previous submission is still being graded; submit again after it.");
            return;
        }
        Submission submission = new Submission(services.secrets().newToken().substring(0, 12), challenge.id(),
                from.memberId(), from.name(), submitted, now(), null);
        dashboard.put(submission);
        services.writes().addSubmission(code, submission);
        toTeachersAnd(from.memberId(), new SubmissionReceived(dashboard.view(submission)));
        grade(submission, challenge.goal());
    }

    /**
     * Grades the current challenge's submissions left without a verdict (a crash or a stop during grading): without
     * this their students could never submit again. Called once, right after the hub is loaded.
     */
    synchronized void gradeUnfinished() {
        if (challenge != null) {
            dashboard.ungraded().forEach(s -> grade(s, challenge.goal()));
        }
    }

    private void grade(Submission submission, Goal goal) {
        services.grading().grade(submission.scenario(), goal, verdict -> graded(submission, verdict));
    }

    private synchronized void graded(Submission submission, Verdict verdict) {
        Submission done = submission.withVerdict(verdict);
        services.writes().gradeSubmission(submission.id(), verdict);
        // A verdict for a submission no longer on the dashboard (a new challenge, a newer submission) is stored only.
        if (dashboard.graded(done) && !revoked) {
            toTeachersAnd(submission.memberId(), new SubmissionGraded(dashboard.view(done)));
        }
    }

    // ---- used by TeacherDesk, under this hub's lock ----

    Playback playback() {
        return playback;
    }

    void playback(Playback next) {
        playback = next;
        persist();
        broadcast(new RoomEvent.PlaybackChanged(next, now()));
    }

    void scenario(JsonNode next, String source, Playback nextPlayback) {
        scenario = next;
        scenarioSource = source;
        playback = nextPlayback;
        persist();
        broadcast(new RoomEvent.ScenarioLoaded(next, source, nextPlayback, now()));
    }

    void challenge(Challenge next) {
        challenge = next;
        dashboard.clear();
        persist();
        broadcast(new RoomEvent.ChallengePosed(next));
    }

    /** Runs {@code action} under this hub's lock: how work done off the lock (a run) comes back. */
    synchronized void underLock(Runnable action) {
        action.run();
    }

    /** Neither revoked nor ended: the teacher's commands still change it. */
    boolean isLive() {
        return !revoked && !RoomSnapshot.ENDED.equals(status);
    }

    Submission latestSubmission(String submissionId) {
        return dashboard.find(submissionId);
    }

    void status(String next, RoomEvent announcement) {
        status = next;
        persist();
        broadcast(announcement);
    }

    /** Deletes the room: everyone is told and disconnected. */
    void revoke() {
        revoked = true;
        services.writes().deleteRoom(code);
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

    // ---- internals ----

    private void persist() {
        services.writes().saveState(new RoomSnapshot(code, title, teacherTokenHash, status, scenario,
                scenarioSource, playback, challenge));
    }

    private void toTeachers(RoomEvent event) {
        toTeachersAnd(null, event);
    }

    private void toTeachersAnd(String memberId, RoomEvent event) {
        String text = services.events().write(event);
        for (Member m : members) {
            if (m.isTeacher() || m.memberId().equals(memberId)) {
                m.send(text);
            }
        }
    }

    private void replaceEarlierConnection(String memberId) {
        for (Member m : List.copyOf(members)) {
            if (m.memberId().equals(memberId)) {
                m.close(CloseCodes.REPLACED, "You connected again from another tab or device.");
                leave(m);
            }
        }
    }

    private RoomState stateFor(Member member, String resumeToken) {
        You you = new You(member.memberId(), member.name(), member.role(), resumeToken);
        return new RoomState(code.value(), title, status, you, scenario, scenarioSource, playback, challenge,
                member.isTeacher() ? roster() : null, students, dashboard.viewFor(member), now());
    }

    private List<MemberView> roster() {
        List<MemberView> views = new ArrayList<>();
        for (Member m : members) {
            if (!m.isTeacher()) {
                views.add(new MemberView(m.memberId(), m.name(), m.handRaised()));
            }
        }
        return views;
    }

    /** Roster updates go to teachers at most every {@value #ROSTER_DELAY_MS} ms, however fast people join. */
    private void rosterChanged() {
        if (!rosterFlushScheduled && !revoked) {
            rosterFlushScheduled = true;
            services.scheduler().schedule(this::flushRoster, ROSTER_DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void flushRoster() {
        rosterFlushScheduled = false;
        if (!revoked) {
            toTeachers(new RosterChanged(roster(), students));
        }
    }
}
