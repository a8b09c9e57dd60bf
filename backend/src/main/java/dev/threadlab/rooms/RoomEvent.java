package dev.threadlab.rooms;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * What the server sends on {@code WS /ws/rooms/{code}}: JSON objects with a {@code "type"} naming the record, then its
 * components in order, nulls included (written by {@link RoomProtocol}). Events that carry a {@code serverTime}
 * (epoch ms) let clients correct their clock when extrapolating {@link Playback}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
public sealed interface RoomEvent {

    /**
     * Everything a client needs, sent at once on every (re)connect.
     *
     * @param you         who this connection is; {@code resumeToken} is sent only here, only to its owner: reconnect
     *                    with {@code ?resume=TOKEN} to stay the same member
     * @param roster      connected members, for the teacher; null for students
     * @param submissions the teacher: every member's latest submission; a student: their own
     */
    record RoomState(String code, String title, RoomStatus status, You you, JsonNode scenario, String scenarioSource,
                     Playback playback, Challenge challenge, List<MemberView> roster, int memberCount,
                     List<SubmissionView> submissions, long serverTime) implements RoomEvent {
    }

    record ScenarioLoaded(JsonNode scenario, String source, Playback playback, long serverTime) implements RoomEvent {
    }

    record PlaybackChanged(Playback playback, long serverTime) implements RoomEvent {
    }

    /** To the teacher, at most a few times a second while people join and leave. */
    record RosterChanged(List<MemberView> members, int memberCount) implements RoomEvent {
    }

    record HandRaised(String memberId, String name) implements RoomEvent {
    }

    record HandLowered(String memberId) implements RoomEvent {
    }

    record ChallengePosed(Challenge challenge) implements RoomEvent {
    }

    /** To the teacher and the submitter, when a submission arrives (verdict null: grading). */
    record SubmissionReceived(SubmissionView submission) implements RoomEvent {
    }

    /** To the teacher and the submitter, when the engine has graded it. */
    record SubmissionGraded(SubmissionView submission) implements RoomEvent {
    }

    record RoomLocked() implements RoomEvent {
    }

    record RoomUnlocked() implements RoomEvent {
    }

    record RoomEnded() implements RoomEvent {
    }

    /** The room is gone; the server closes every connection right after (close code 4404). */
    record RoomRevoked() implements RoomEvent {
    }

    /** A command was refused (nothing changed), or the connection is about to be closed (then see the close code). */
    record Error(String code, String message) implements RoomEvent {
    }

    record You(String memberId, String name, MemberRole role, String resumeToken) {
    }

    record MemberView(String memberId, String name, boolean handRaised) {
    }

    /**
     * A submission without its scenario (the teacher opens it with {@code OpenSubmission}).
     *
     * @param attempts how many times its member has submitted to this challenge, this one included
     */
    record SubmissionView(String id, String challengeId, String memberId, String name, long submittedAt,
                          Verdict verdict, int attempts) {

        static SubmissionView of(Submission s, int attempts) {
            return new SubmissionView(s.id(), s.challengeId(), s.memberId(), s.name(), s.submittedAt(), s.verdict(),
                    attempts);
        }
    }
}
