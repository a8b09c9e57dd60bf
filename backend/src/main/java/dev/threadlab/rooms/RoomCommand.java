package dev.threadlab.rooms;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import tools.jackson.databind.JsonNode;

import static dev.threadlab.rooms.CommandField.DELTA;
import static dev.threadlab.rooms.CommandField.FROM_SEQ;
import static dev.threadlab.rooms.CommandField.GOAL;
import static dev.threadlab.rooms.CommandField.MODE;
import static dev.threadlab.rooms.CommandField.POSITION_US;
import static dev.threadlab.rooms.CommandField.RUN_ID;
import static dev.threadlab.rooms.CommandField.SCENARIO;
import static dev.threadlab.rooms.CommandField.SEQ;
import static dev.threadlab.rooms.CommandField.SPEED;
import static dev.threadlab.rooms.CommandField.SUBMISSION_ID;

/**
 * What clients send on {@code WS /ws/rooms/{code}}: JSON objects with a {@code "type"} naming the record, read and
 * written by {@link RoomProtocol} (fields left out when null). Each record refuses, when it is made, the values the
 * protocol does not allow (a {@link BadMessage} saying which field and what it must be). Teacher commands need the
 * teacher's connection ({@code ?teacher=TOKEN}); a student sending one gets an {@code Error} and nothing changes.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface RoomCommand {

    /** Commands only the teacher may give. */
    sealed interface TeacherCommand extends RoomCommand {
    }

    /** Commands of a student. */
    sealed interface StudentCommand extends RoomCommand {
    }

    /** Show this scenario to the room (its diagram); playback resets until a {@link Run}. */
    record LoadScenario(JsonNode scenario) implements TeacherCommand {
        public LoadScenario {
            SCENARIO.scenario(scenario);
        }
    }

    /**
     * Show a run in every timeline: either {@code runId} from {@code POST /api/runs}, or a {@code scenario} the server
     * runs first (exactly one of the two).
     */
    record Run(String runId, JsonNode scenario) implements TeacherCommand {
        public Run {
            scenario = scenario == null || scenario.isNull() ? null : scenario; // JSON null: left out
            if ((runId == null) == (scenario == null)) {
                throw new BadMessage("Run needs exactly one of \"runId\" and \"scenario\".");
            }
            if (runId != null) {
                RUN_ID.text(runId);
            } else {
                SCENARIO.scenario(scenario);
            }
        }
    }

    record Play() implements TeacherCommand {
    }

    record Pause() implements TeacherCommand {
    }

    /** Move to virtual time {@code positionUs}, optionally naming the event {@code seq} there. */
    record Seek(long positionUs, Long seq) implements TeacherCommand {
        public Seek {
            POSITION_US.nonNegative(positionUs);
            if (seq != null) {
                SEQ.nonNegative(seq);
            }
        }

        @JsonCreator
        static Seek read(@JsonProperty("positionUs") Long positionUs, @JsonProperty("seq") Long seq) {
            return new Seek(POSITION_US.present(positionUs), seq);
        }
    }

    record SetSpeed(double speed) implements TeacherCommand {
        public SetSpeed {
            if (!(speed >= Playback.MIN_SPEED && speed <= Playback.MAX_SPEED)) {
                throw new BadMessage("\"speed\" must be between 1e-6 and 1e6.");
            }
        }

        @JsonCreator
        static SetSpeed read(@JsonProperty("speed") Double speed) {
            return new SetSpeed(SPEED.present(speed));
        }
    }

    /**
     * Pause and move {@code delta} events (default 1; negative goes back) from {@code fromSeq}, the event the teacher's
     * timeline shows (optional: else from the last event stepped or seeked to).
     */
    record Step(int delta, Long fromSeq) implements TeacherCommand {
        public Step {
            if (Math.abs((long) delta) > CommandField.MAX_DELTA) {
                throw DELTA.refused();
            }
            if (fromSeq != null) {
                FROM_SEQ.nonNegative(fromSeq);
            }
        }

        @JsonCreator
        static Step read(@JsonProperty("delta") Integer delta, @JsonProperty("fromSeq") Long fromSeq) {
            return new Step(delta == null ? 1 : delta, fromSeq);
        }
    }

    /** {@code follow} or {@code free}. */
    record SetMode(PlaybackMode mode) implements TeacherCommand {
        public SetMode {
            MODE.present(mode);
        }
    }

    record PoseChallenge(JsonNode scenario, Goal goal) implements TeacherCommand {
        public PoseChallenge {
            SCENARIO.scenario(scenario);
            GOAL.present(goal);
        }
    }

    /** Load a student's submission into every timeline. */
    record OpenSubmission(String submissionId) implements TeacherCommand {
        public OpenSubmission {
            SUBMISSION_ID.text(submissionId);
        }
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
        public Submit {
            SCENARIO.scenario(scenario);
        }
    }
}
