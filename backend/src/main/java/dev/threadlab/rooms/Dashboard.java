package dev.threadlab.rooms;

import dev.threadlab.rooms.RoomEvent.SubmissionView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The teacher's dashboard: each member's latest submission to the current challenge, and how many times they have
 * submitted to it. Guarded by its hub's lock.
 */
final class Dashboard {

    private final Map<String, Submission> latest = new LinkedHashMap<>();
    /** Submissions per member to the current challenge (those of a room loaded from the database count once). */
    private final Map<String, Integer> attempts = new LinkedHashMap<>();

    Dashboard(List<Submission> submissions) {
        submissions.forEach(this::put);
    }

    void put(Submission s) {
        latest.put(s.memberId(), s);
        attempts.merge(s.memberId(), 1, Integer::sum);
    }

    /** A submission as clients see it, with its member's attempt count. */
    SubmissionView view(Submission s) {
        return SubmissionView.of(s, attempts.getOrDefault(s.memberId(), 1));
    }

    /** Records a verdict, if the submission is still its member's latest; false (nothing recorded) otherwise. */
    boolean graded(Submission done) {
        Submission current = latest.get(done.memberId());
        if (current != null && current.id().equals(done.id())) {
            latest.put(done.memberId(), done);
            return true;
        }
        return false;
    }

    /** The latest submissions still waiting for a verdict. */
    List<Submission> ungraded() {
        return latest.values().stream().filter(s -> s.verdict() == null).toList();
    }

    void clear() {
        latest.clear();
        attempts.clear();
    }

    Submission find(String submissionId) {
        return latest.values().stream().filter(s -> s.id().equals(submissionId)).findFirst().orElse(null);
    }

    /** What {@code RoomState.submissions} shows: everything to the teacher, a student's own to them. */
    List<SubmissionView> viewFor(Member member) {
        if (member.isTeacher()) {
            return latest.values().stream().map(this::view).toList();
        }
        Submission own = latest.get(member.memberId());
        return own == null ? List.of() : List.of(view(own));
    }
}
