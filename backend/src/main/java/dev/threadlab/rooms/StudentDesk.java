package dev.threadlab.rooms;

import dev.threadlab.rooms.RoomCommand.StudentCommand;
import dev.threadlab.rooms.RoomEvent.HandLowered;
import dev.threadlab.rooms.RoomEvent.HandRaised;
import dev.threadlab.rooms.RoomEvent.SubmissionGraded;
import dev.threadlab.rooms.RoomEvent.SubmissionReceived;
import dev.threadlab.rooms.RoomEvent.SubmissionView;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries out the students' commands on a {@link RoomHub} (hands, submissions) and keeps the teacher's dashboard:
 * each submission is stored, announced to the school's other nodes, graded, and its verdict shown to the teachers
 * and its student. Always called under the hub's lock.
 */
final class StudentDesk {

    private final RoomHub hub;
    private final Dashboard dashboard;
    /** Members with a submission being graded on this node, and the challenge it answers. */
    private final Map<String, String> gradingHere = new HashMap<>();

    StudentDesk(RoomHub hub, List<Submission> submissions) {
        this.hub = hub;
        this.dashboard = new Dashboard(submissions);
    }

    void carryOut(Member from, StudentCommand command) {
        switch (command) {
            case RoomCommand.RaiseHand _ -> {
                from.handRaised(true);
                hub.noticeEverywhere(from.memberId(), new HandRaised(from.memberId(), from.name()));
            }
            case RoomCommand.LowerHand _ -> {
                from.handRaised(false);
                hub.noticeEverywhere(from.memberId(), new HandLowered(from.memberId()));
            }
            case RoomCommand.Submit s -> submit(from, s.scenario());
        }
    }

    private void submit(Member from, JsonNode submitted) {
        Challenge challenge = hub.live().challenge();
        if (challenge == null) {
            hub.error(from, "no-challenge", "There is no challenge to submit to yet.");
            return;
        }
        if (challenge.id().equals(gradingHere.get(from.memberId()))) {
            // One submission in grading per student bounds the grader's queue (not the stored submissions: each
            // graded one stays in the database until the room is deleted), per challenge: a new challenge may be
            // answered at once. Per node: a student whose submission was being graded by a node that died may submit
            // again on the node they reconnected to.
            hub.error(from, "still-grading", "Your previous submission is still being graded; submit again after it.");
            return;
        }
        RoomServices services = hub.services();
        Submission submission = new Submission(services.secrets().newToken().substring(0, 12), challenge.id(),
                from.memberId(), from.name(), submitted, hub.now(), null);
        dashboard.put(submission);
        services.writes().addSubmission(hub.code(), submission);
        services.bus().publish(hub.code(), new ClusterMessage.Submitted(services.bus().node(), submission));
        hub.toTeachersAnd(from.memberId(), new SubmissionReceived(dashboard.view(submission)));
        grade(submission, challenge.goal());
    }

    /**
     * Grades the current challenge's submissions left without a verdict (a crash or a stop during grading): without
     * this their students could never submit again.
     */
    void gradeUnfinished(Challenge challenge) {
        dashboard.ungraded().forEach(s -> grade(s, challenge.goal()));
    }

    private void grade(Submission submission, Goal goal) {
        gradingHere.put(submission.memberId(), submission.challengeId());
        hub.services().grading().grade(submission.scenario(), goal,
                verdict -> hub.underLock(() -> graded(submission, verdict)));
    }

    private void graded(Submission submission, Verdict verdict) {
        gradingHere.remove(submission.memberId(), submission.challengeId());
        Submission done = submission.withVerdict(verdict);
        RoomServices services = hub.services();
        services.writes().gradeSubmission(submission.id(), verdict);
        // A verdict for a submission no longer on the dashboard (a new challenge, a newer submission) is stored only.
        if (dashboard.graded(done) && !hub.isRevoked()) {
            services.bus().publish(hub.code(), new ClusterMessage.Submitted(services.bus().node(), done));
            hub.toTeachersAnd(submission.memberId(), new SubmissionGraded(dashboard.view(done)));
        }
    }

    /** Another node received or graded a submission. */
    void submittedElsewhere(Submission submission) {
        Challenge challenge = hub.live().challenge();
        if (challenge == null || !challenge.id().equals(submission.challengeId())) {
            return;
        }
        if (submission.verdict() == null) {
            dashboard.put(submission);
            hub.toTeachersAnd(submission.memberId(), new SubmissionReceived(dashboard.view(submission)));
        } else if (dashboard.graded(submission)) {
            hub.toTeachersAnd(submission.memberId(), new SubmissionGraded(dashboard.view(submission)));
        }
    }

    /** The submission {@code submissionId}, if it is still its member's latest to the current challenge. */
    Submission latest(String submissionId) {
        return dashboard.find(submissionId);
    }

    /** A new challenge was posed: the dashboard starts over. */
    void newChallenge() {
        dashboard.clear();
    }

    /** What {@code RoomState.submissions} shows {@code member}. */
    List<SubmissionView> viewFor(Member member) {
        return dashboard.viewFor(member);
    }
}
