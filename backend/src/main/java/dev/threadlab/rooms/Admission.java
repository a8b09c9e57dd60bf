package dev.threadlab.rooms;

/**
 * Who may come into a room: not into a revoked one, at most {@value #MAX_TEACHER_CONNECTIONS} teacher connections,
 * no new student while it is locked, no student over the school's limit. A student coming back replaces their
 * earlier connection first; a new one is remembered. Always called under the hub's lock.
 */
final class Admission {

    /** Teacher connections per room (projector, laptop, tablet …); a leaked link cannot open thousands. */
    static final int MAX_TEACHER_CONNECTIONS = 10;

    private final RoomHub hub;
    private final Attendance attendance;
    private final KnownMembers known;

    /** Why a connection was refused. */
    record Refusal(int closeCode, String reason) {
    }

    Admission(RoomHub hub, Attendance attendance, KnownMembers known) {
        this.hub = hub;
        this.attendance = attendance;
        this.known = known;
    }

    /**
     * Null when {@code member} may come in (a new student is then remembered), else why not.
     *
     * @param knownBefore the student as known from their resume token, or null for a new one
     */
    Refusal check(Member member, KnownMember knownBefore, String resumeToken) {
        if (hub.isRevoked()) {
            return new Refusal(CloseCodes.NOT_FOUND, "This room no longer exists.");
        }
        return member.isTeacher() ? teacher() : student(member, knownBefore, resumeToken);
    }

    private Refusal teacher() {
        if (attendance.connections(true) >= MAX_TEACHER_CONNECTIONS) {
            return new Refusal(CloseCodes.FULL, "This room already has " + MAX_TEACHER_CONNECTIONS
                    + " teacher connections; close one first.");
        }
        return null;
    }

    private Refusal student(Member member, KnownMember knownBefore, String resumeToken) {
        if (knownBefore == null && hub.live().status() == RoomStatus.LOCKED) {
            return new Refusal(CloseCodes.LOCKED, "This room is locked: the teacher is not letting anyone new in.");
        }
        // A student coming back replaces their earlier connection first: it frees the place they held.
        hub.replaceEarlierConnection(member.memberId());
        RoomServices services = hub.services();
        if (knownBefore != null) {
            services.bus().publish(hub.code(), new ClusterMessage.Replaced(services.bus().node(), member.memberId()));
        }
        if (attendance.memberCount() >= services.limits().maxMembers()) {
            return new Refusal(CloseCodes.FULL, "This room is full: it has its maximum of "
                    + services.limits().maxMembers() + " members.");
        }
        if (knownBefore == null) {
            known.joined(member, resumeToken);
        }
        return null;
    }
}
