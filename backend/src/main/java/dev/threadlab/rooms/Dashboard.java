package dev.threadlab.rooms;

import dev.threadlab.rooms.RoomEvent.SubmissionView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The teacher's dashboard: each member's latest submission to the current challenge. Guarded by its hub's lock. */
final class Dashboard {

    private final Map<String, Submission> latest = new LinkedHashMap<>();

    Dashboard(List<Submission> submissions) {
        submissions.forEach(this::put);
    }

    void put(Submission s) {
        latest.put(s.memberId(), s);
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
    }

    Submission find(String submissionId) {
        return latest.values().stream().filter(s -> s.id().equals(submissionId)).findFirst().orElse(null);
    }

    /** What {@code RoomState.submissions} shows: everything to the teacher, a student's own to them. */
    List<SubmissionView> viewFor(Member member) {
        if (member.isTeacher()) {
            return latest.values().stream().map(SubmissionView::of).toList();
        }
        Submission own = latest.get(member.memberId());
        return own == null ? List.of() : List.of(SubmissionView.of(own));
    }
}
