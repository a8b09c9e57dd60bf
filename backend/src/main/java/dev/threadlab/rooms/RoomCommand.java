package dev.threadlab.rooms;

import tools.jackson.databind.JsonNode;

/**
 * What clients send on {@code WS /ws/rooms/{code}}: JSON objects with a {@code "type"} naming the record. Teacher
 * commands need the teacher's connection ({@code ?teacher=TOKEN}); a student sending one gets an {@code Error} and
 * nothing changes.
 */
public sealed interface RoomCommand {

    /** Commands only the teacher may give. */
    sealed interface TeacherCommand extends RoomCommand {
    }

    /** Commands of a student. */
    sealed interface StudentCommand extends RoomCommand {
    }

    /** Show this scenario to the room (its diagram); playback resets until a {@link Run}. */
    record LoadScenario(JsonNode scenario) implements TeacherCommand {
    }

    /**
     * Show a run in every timeline: either {@code runId} from {@code POST /api/runs}, or a {@code scenario} the server
     * runs first (exactly one of the two).
     */
    record Run(String runId, JsonNode scenario) implements TeacherCommand {
    }

    record Play() implements TeacherCommand {
    }

    record Pause() implements TeacherCommand {
    }

    /** Move to virtual time {@code positionUs}, optionally naming the event {@code seq} there. */
    record Seek(long positionUs, Long seq) implements TeacherCommand {
    }

    record SetSpeed(double speed) implements TeacherCommand {
    }

    /**
     * Pause and move {@code delta} events (default 1; negative goes back) from {@code fromSeq}, the event the teacher's
     * timeline shows (optional: else from the last event stepped or seeked to).
     */
    record Step(int delta, Long fromSeq) implements TeacherCommand {
    }

    /** {@code follow} or {@code free}. */
    record SetMode(PlaybackMode mode) implements TeacherCommand {
    }

    record PoseChallenge(JsonNode scenario, Goal goal) implements TeacherCommand {
    }

    /** Load a student's submission into every timeline. */
    record OpenSubmission(String submissionId) implements TeacherCommand {
    }

    /** No new joins (members already in stay). */
    record Lock() implements TeacherCommand {
    }

    record Unlock() implements TeacherCommand {
    }

    /** The lesson is over: students are told, the room becomes read-only. */
    record End() implements TeacherCommand {
    }

    /** Delete the room: everyone is disconnected and its code answers 404 from then on. */
    record Revoke() implements TeacherCommand {
    }

    record RaiseHand() implements StudentCommand {
    }

    record LowerHand() implements StudentCommand {
    }

    /** Hand in a scenario for the current challenge. */
    record Submit(JsonNode scenario) implements StudentCommand {
    }
}
