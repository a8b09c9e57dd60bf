package dev.threadlab.rooms;

import dev.threadlab.rooms.RoomEvent.MemberView;
import dev.threadlab.rooms.RoomEvent.RosterChanged;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Who is in a room: this node's connections (teachers and students), the students connected through the school's
 * other nodes, and the roster the teachers see. Roster updates are coalesced: they go to teachers (and this node's
 * roster to the other nodes) at most every {@value #ROSTER_DELAY_MS} ms, however fast people join. Guarded by its
 * hub's lock.
 */
final class Attendance {

    private static final long ROSTER_DELAY_MS = 200;

    private final RoomHub hub;
    private final Set<Member> members = new LinkedHashSet<>();
    /** The students connected to each other node, by node. */
    private final Map<String, List<MemberView>> elsewhere = new HashMap<>();
    private int students;
    private boolean flushScheduled;
    private boolean localChanged;

    Attendance(RoomHub hub, Map<String, List<MemberView>> rosters) {
        this.hub = hub;
        elsewhere.putAll(rosters);
    }

    /** This node's connections, in the order they joined. */
    Collection<Member> members() {
        return members;
    }

    void add(Member member) {
        if (!member.isTeacher()) {
            students++;
        }
        members.add(member);
    }

    /** Takes a member out; false if they were not in. */
    boolean remove(Member member) {
        if (!members.remove(member)) {
            return false;
        }
        if (!member.isTeacher()) {
            students--;
        }
        return true;
    }

    /** Everyone leaves at once (the room is revoked). */
    void clear() {
        members.clear();
        students = 0;
    }

    /** This node's connections to the room: its teachers', or its students'. */
    int connections(boolean teachers) {
        return teachers ? members.size() - students : students;
    }

    /** Students connected to this room through every live node. */
    int memberCount() {
        int count = students;
        for (List<MemberView> roster : elsewhere.values()) {
            count += roster.size();
        }
        return count;
    }

    /** This node's connections of one student (called for every join: looks without copying the members). */
    List<Member> connectionsOf(String memberId) {
        List<Member> found = new ArrayList<>(1);
        for (Member m : members) {
            if (m.memberId().equals(memberId)) {
                found.add(m);
            }
        }
        return found;
    }

    /** Sends {@code text} to the teachers and to the student {@code memberId} (null: teachers only). */
    void toTeachersAnd(String memberId, String text) {
        for (Member m : members) {
            if (m.isTeacher() || m.memberId().equals(memberId)) {
                m.send(text);
            }
        }
    }

    /** Every connected student: this node's, then the other nodes'. */
    List<MemberView> roster() {
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

    /** Another node's students changed. */
    void elsewhere(String node, List<MemberView> roster) {
        elsewhere.put(node, roster);
        changed();
    }

    /** The live nodes changed: their students, as recorded for the school. */
    void elsewhere(Map<String, List<MemberView>> rosters) {
        if (!elsewhere.equals(rosters)) {
            elsewhere.clear();
            elsewhere.putAll(rosters);
            changed();
        }
    }

    /** This node's connections changed: the other nodes hear of it too. */
    void localChanged() {
        localChanged = true;
        changed();
    }

    private void changed() {
        if (!flushScheduled && !hub.isRevoked()) {
            try {
                hub.services().scheduler().schedule(() -> hub.underLock(this::flush), ROSTER_DELAY_MS,
                        TimeUnit.MILLISECONDS);
                flushScheduled = true;
            } catch (RejectedExecutionException stopping) {
                // the server is stopping and its members are leaving: nobody is left to tell
            }
        }
    }

    private void flush() {
        flushScheduled = false;
        if (!hub.isRevoked()) {
            RoomServices services = hub.services();
            if (localChanged && services.bus().shared()) {
                localChanged = false;
                services.bus().roster(hub.code(), localRoster());
            }
            toTeachersAnd(null, services.protocol().write(new RosterChanged(roster(), memberCount())));
        }
    }
}
