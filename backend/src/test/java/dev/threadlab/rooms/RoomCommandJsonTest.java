package dev.threadlab.rooms;

import dev.threadlab.json.LabJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Commands read into their records, and each refusal of a malformed command, word for word: what is wrong and where,
 * in words of the protocol (ROOMS.md),
 * never a Java or Jackson name. The sentences were taken from the hand-made reader the Jackson mapping replaced (this
 * table passed against both), apart from the two rows marked as worded anew.
 */
class RoomCommandJsonTest {

    private static final JsonMapper MAPPER = new LabJson(64).mapper();
    private static final RoomProtocol PROTOCOL = new RoomProtocol(MAPPER);
    private static final String POSE = "{\"type\":\"PoseChallenge\",\"scenario\":{},\"goal\":";
    private static final String KINDS = "; one of noLostUpdates, noDeadlock, finishesUnderMs, variableEquals.";

    static Stream<Arguments> refusals() {
        return Stream.of(
                arguments("[]", "A message is a JSON object with a \"type\"."),
                arguments("42", "A message is a JSON object with a \"type\"."),
                arguments("{}", "\"type\" must be a non-empty string."),
                arguments("{\"type\":7}", "\"type\" must be a non-empty string."),
                arguments("{\"type\":\" \"}", "\"type\" must be a non-empty string."),
                arguments("{\"type\":\"Nope\"}", "Unknown message type \"Nope\"."),
                arguments("{\"type\":\"" + "x".repeat(45) + "\"}", "Unknown message type \"" + "x".repeat(40) + "…\"."),
                arguments("{\"type\":\"Seek\"}", "\"positionUs\" must be a non-negative integer."),
                arguments("{\"type\":\"Seek\",\"positionUs\":null}", "\"positionUs\" must be a non-negative integer."),
                arguments("{\"type\":\"Seek\",\"positionUs\":-1}", "\"positionUs\" must be a non-negative integer."),
                arguments("{\"type\":\"Seek\",\"positionUs\":1.5}", "\"positionUs\" must be a non-negative integer."),
                arguments("{\"type\":\"Seek\",\"positionUs\":\"10\"}",
                        "\"positionUs\" must be a non-negative integer."),
                arguments("{\"type\":\"Seek\",\"positionUs\":99999999999999999999}",
                        "\"positionUs\" must be a non-negative integer."),
                arguments("{\"type\":\"Seek\",\"positionUs\":1,\"seq\":-2}", "\"seq\" must be a non-negative integer."),
                arguments("{\"type\":\"Seek\",\"positionUs\":1,\"seq\":\"x\"}",
                        "\"seq\" must be a non-negative integer."),
                arguments("{\"type\":\"SetSpeed\"}", "\"speed\" must be a number."),
                arguments("{\"type\":\"SetSpeed\",\"speed\":\"fast\"}", "\"speed\" must be a number."),
                arguments("{\"type\":\"SetSpeed\",\"speed\":\"2\"}", "\"speed\" must be a number."),
                arguments("{\"type\":\"SetSpeed\",\"speed\":true}", "\"speed\" must be a number."),
                arguments("{\"type\":\"SetSpeed\",\"speed\":0}", "\"speed\" must be between 1e-6 and 1e6."),
                arguments("{\"type\":\"SetSpeed\",\"speed\":1e7}", "\"speed\" must be between 1e-6 and 1e6."),
                arguments("{\"type\":\"Step\",\"delta\":99999999999}", Messages.DELTA),
                arguments("{\"type\":\"Step\",\"delta\":2000000}", Messages.DELTA),
                arguments("{\"type\":\"Step\",\"delta\":1.5}", Messages.DELTA),
                arguments("{\"type\":\"Step\",\"delta\":\"1\"}", Messages.DELTA),
                arguments("{\"type\":\"Step\",\"fromSeq\":-1}", "\"fromSeq\" must be a non-negative integer."),
                arguments("{\"type\":\"SetMode\",\"mode\":\"chaos\"}", "\"mode\" must be \"follow\" or \"free\"."),
                arguments("{\"type\":\"SetMode\",\"mode\":\"FREE\"}", "\"mode\" must be \"follow\" or \"free\"."),
                arguments("{\"type\":\"Run\"}", Messages.RUN),
                arguments("{\"type\":\"Run\",\"runId\":null,\"scenario\":null}", Messages.RUN),
                arguments("{\"type\":\"Run\",\"runId\":\"a\",\"scenario\":{}}", Messages.RUN),
                arguments("{\"type\":\"Run\",\"runId\":\"  \"}", "\"runId\" must be a non-empty string."),
                arguments("{\"type\":\"Run\",\"runId\":5}", "\"runId\" must be a non-empty string."),
                arguments("{\"type\":\"Run\",\"runId\":\"" + "r".repeat(201) + "\"}", "\"runId\" is too long."),
                arguments("{\"type\":\"Run\",\"scenario\":\"x\"}", "\"scenario\" must be a scenario object."),
                arguments("{\"type\":\"LoadScenario\"}", "\"scenario\" must be a scenario object."),
                arguments("{\"type\":\"LoadScenario\",\"scenario\":[]}", "\"scenario\" must be a scenario object."),
                arguments("{\"type\":\"Submit\",\"scenario\":\"x\"}", "\"scenario\" must be a scenario object."),
                arguments("{\"type\":\"OpenSubmission\"}", "\"submissionId\" must be a non-empty string."),
                arguments("{\"type\":\"OpenSubmission\",\"submissionId\":5}",
                        "\"submissionId\" must be a non-empty string."),
                arguments("{\"type\":\"OpenSubmission\",\"submissionId\":true}",
                        "\"submissionId\" must be a non-empty string."),
                arguments("{\"type\":\"OpenSubmission\",\"submissionId\":[\"s\"]}",
                        "\"submissionId\" must be a non-empty string."),
                arguments("{\"type\":\"PoseChallenge\",\"goal\":{\"kind\":\"noDeadlock\"}}",
                        "\"scenario\" must be a scenario object."),
                arguments("{\"type\":\"PoseChallenge\",\"scenario\":{}}", Messages.GOAL),
                arguments(POSE + "\"x\"}", Messages.GOAL),
                arguments(POSE + "{}}", "\"kind\" must be a non-empty string."),
                arguments(POSE + "{\"kind\":\"fastest\"}}", "Unknown goal kind \"fastest\"" + KINDS),
                arguments(POSE + "{\"kind\":\"finishesUnderMs\"}}", "goal.ms must be a number."),
                arguments(POSE + "{\"kind\":\"finishesUnderMs\",\"ms\":\"5\"}}", "goal.ms must be a number."),
                arguments(POSE + "{\"kind\":\"finishesUnderMs\",\"ms\":-1}}", "goal: ms must be positive"),
                arguments(POSE + "{\"kind\":\"variableEquals\",\"value\":6}}", "\"name\" must be a non-empty string."),
                arguments(POSE + "{\"kind\":\"variableEquals\",\"name\":\"c\"}}", "goal.value must be a number."),
                arguments(POSE + "{\"kind\":\"variableEquals\",\"name\":\"c\",\"value\":\"6\"}}",
                        "goal.value must be a number."),
                arguments(POSE + "{\"kind\":\"variableEquals\",\"name\":\"" + "n".repeat(150) + "\",\"value\":1}}",
                        "goal: name must name an int object"),
                arguments(POSE + "{\"kind\":\"variableEquals\",\"name\":\"" + "n".repeat(201) + "\",\"value\":1}}",
                        "\"name\" is too long."));
    }

    /** Worded anew: the hand-made reader said {@code "mode" must be a non-empty string.} when it was not a string. */
    static Stream<Arguments> refusalsWordedAnew() {
        return Stream.of(
                arguments("{\"type\":\"SetMode\"}", "\"mode\" must be \"follow\" or \"free\"."),
                arguments("{\"type\":\"SetMode\",\"mode\":3}", "\"mode\" must be \"follow\" or \"free\"."));
    }

    @ParameterizedTest
    @MethodSource({"refusals", "refusalsWordedAnew"})
    void a_malformed_command_is_refused_saying_what_and_where(String text, String message) {
        assertThatThrownBy(() -> PROTOCOL.read(text)).isInstanceOf(BadMessage.class).hasMessage(message);
    }

    @Test
    void json_that_is_not_well_formed_is_refused_as_the_lab_refuses_it_everywhere() {
        assertThatThrownBy(() -> PROTOCOL.read("{not json")).isInstanceOf(BadMessage.class)
                .hasMessageStartingWith("The message is not valid JSON");
        assertThatThrownBy(() -> PROTOCOL.read("")).isInstanceOf(BadMessage.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> PROTOCOL.read("{\"type\":\"Play\",\"type\":\"Pause\"}")).isInstanceOf(BadMessage.class)
                .hasMessageContaining("same key twice");
    }

    @Test
    void unknown_fields_are_ignored_and_null_optional_fields_are_absent() {
        assertThat(PROTOCOL.read("{\"type\":\"Play\",\"extra\":{\"a\":1}}")).isEqualTo(new RoomCommand.Play());
        assertThat(PROTOCOL.read("{\"type\":\"Seek\",\"positionUs\":10,\"seq\":null,\"x\":1}"))
                .isEqualTo(new RoomCommand.Seek(10, null));
        assertThat(PROTOCOL.read("{\"type\":\"Step\",\"delta\":null}")).isEqualTo(new RoomCommand.Step(1, null));
        assertThat(PROTOCOL.read("{\"type\":\"Run\",\"runId\":\"r1\",\"scenario\":null}"))
                .isEqualTo(new RoomCommand.Run("r1", null));
        assertThat(PROTOCOL.read("{\"type\":\"SetSpeed\",\"speed\":2}")).isEqualTo(new RoomCommand.SetSpeed(2));
        assertThat(PROTOCOL.read(POSE + "{\"kind\":\"variableEquals\",\"name\":\"c\",\"value\":6.0,\"words\":\"x\"}}"))
                .isInstanceOfSatisfying(RoomCommand.PoseChallenge.class,
                        p -> assertThat(p.goal()).isEqualTo(new Goal.VariableEquals("c", 6)));
        assertThat(PROTOCOL.read(POSE + "{\"kind\":\"finishesUnderMs\",\"ms\":5}}"))
                .isInstanceOfSatisfying(RoomCommand.PoseChallenge.class,
                        p -> assertThat(p.goal()).isEqualTo(new Goal.FinishesUnderMs(5)));
    }

    @Test
    void every_command_type_is_read_into_its_record() {
        assertThat(PROTOCOL.read("{\"type\":\"Play\"}")).isEqualTo(new RoomCommand.Play());
        assertThat(PROTOCOL.read("{\"type\":\"Seek\",\"positionUs\":10,\"seq\":3}"))
                .isEqualTo(new RoomCommand.Seek(10, 3L));
        assertThat(PROTOCOL.read("{\"type\":\"Seek\",\"positionUs\":10}")).isEqualTo(new RoomCommand.Seek(10, null));
        // past 2^31 µs (2,147 s): a position in a 10,000 s lesson, and the fastest room speed
        assertThat(PROTOCOL.read("{\"type\":\"Seek\",\"positionUs\":9000000000}"))
                .isEqualTo(new RoomCommand.Seek(9_000_000_000L, null));
        assertThat(PROTOCOL.read("{\"type\":\"SetSpeed\",\"speed\":10000}")).isEqualTo(new RoomCommand.SetSpeed(10_000));
        assertThat(PROTOCOL.read("{\"type\":\"Step\"}")).isEqualTo(new RoomCommand.Step(1, null));
        assertThat(PROTOCOL.read("{\"type\":\"Step\",\"delta\":-5,\"fromSeq\":9}"))
                .isEqualTo(new RoomCommand.Step(-5, 9L));
        assertThat(PROTOCOL.read("{\"type\":\"SetSpeed\",\"speed\":0.25}")).isEqualTo(new RoomCommand.SetSpeed(0.25));
        assertThat(PROTOCOL.read("{\"type\":\"SetMode\",\"mode\":\"free\"}"))
                .isEqualTo(new RoomCommand.SetMode(PlaybackMode.FREE));
        assertThat(PROTOCOL.read("{\"type\":\"Run\",\"runId\":\"r1\"}")).isEqualTo(new RoomCommand.Run("r1", null));
        assertThat(PROTOCOL.read("{\"type\":\"OpenSubmission\",\"submissionId\":\"s\"}"))
                .isEqualTo(new RoomCommand.OpenSubmission("s"));
        assertThat(PROTOCOL.read("{\"type\":\"RaiseHand\"}")).isInstanceOf(RoomCommand.StudentCommand.class);
        assertThat(PROTOCOL.read("{\"type\":\"Revoke\"}")).isInstanceOf(RoomCommand.TeacherCommand.class);
        assertThat(PROTOCOL.read("{\"type\":\"Submit\",\"scenario\":{\"schema\":1}}"))
                .isInstanceOfSatisfying(RoomCommand.Submit.class,
                        s -> assertThat(s.scenario().get("schema").asInt()).isEqualTo(1));
    }

    @Test
    void goals_are_read_by_kind() {
        RoomCommand posed = PROTOCOL.read("{\"type\":\"PoseChallenge\",\"scenario\":{},"
                + "\"goal\":{\"kind\":\"variableEquals\",\"name\":\"counter\",\"value\":6}}");
        assertThat(posed).isInstanceOfSatisfying(RoomCommand.PoseChallenge.class,
                p -> assertThat(p.goal()).isEqualTo(new Goal.VariableEquals("counter", 6)));
        assertThat(MAPPER.readValue("{\"kind\":\"finishesUnderMs\",\"ms\":5}", Goal.class))
                .isEqualTo(new Goal.FinishesUnderMs(5));
        assertThat(MAPPER.writeValueAsString(new Goal.NoDeadlock())).isEqualTo("{\"kind\":\"noDeadlock\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "42", "{}", "{\"type\":7}", "{\"type\":\"Nope\"}",
            "{\"type\":\"Seek\"}", "{\"type\":\"Seek\",\"positionUs\":-1}", "{\"type\":\"Seek\",\"positionUs\":1.5}",
            "{\"type\":\"SetSpeed\",\"speed\":0}", "{\"type\":\"SetSpeed\",\"speed\":\"fast\"}",
            "{\"type\":\"SetMode\",\"mode\":\"chaos\"}", "{\"type\":\"Run\"}",
            "{\"type\":\"Run\",\"runId\":\"a\",\"scenario\":{}}", "{\"type\":\"Submit\",\"scenario\":\"x\"}",
            "{\"type\":\"PoseChallenge\",\"scenario\":{},\"goal\":{\"kind\":\"fastest\"}}",
            "{\"type\":\"PoseChallenge\",\"scenario\":{},\"goal\":{\"kind\":\"finishesUnderMs\",\"ms\":-1}}",
            "{\"type\":\"Step\",\"delta\":99999999999}"})
    void malformed_messages_are_refused_with_a_bad_message(String text) {
        assertThatThrownBy(() -> PROTOCOL.read(text)).isInstanceOf(BadMessage.class).hasMessageNotContaining("Exception");
    }

    /** Sentences several rows share. */
    private static final class Messages {
        static final String DELTA = "\"delta\" must be an integer between -1000000 and 1000000.";
        static final String RUN = "Run needs exactly one of \"runId\" and \"scenario\".";
        static final String GOAL = "\"goal\" must be an object with a \"kind\".";
    }
}
