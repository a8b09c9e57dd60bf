package dev.threadlab.rooms;

import dev.threadlab.rooms.RoomCommand.TeacherCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandReaderTest {

    private final CommandReader reader = new CommandReader(JsonMapper.builder().build());

    @Test
    void every_command_type_is_read_into_its_record() {
        assertThat(reader.read("{\"type\":\"Play\"}")).isEqualTo(new RoomCommand.Play());
        assertThat(reader.read("{\"type\":\"Seek\",\"positionUs\":10,\"seq\":3}"))
                .isEqualTo(new RoomCommand.Seek(10, 3L));
        assertThat(reader.read("{\"type\":\"Seek\",\"positionUs\":10}")).isEqualTo(new RoomCommand.Seek(10, null));
        // past 2^31 µs (2,147 s): a position in a 10,000 s lesson, and the fastest room speed
        assertThat(reader.read("{\"type\":\"Seek\",\"positionUs\":9000000000}"))
                .isEqualTo(new RoomCommand.Seek(9_000_000_000L, null));
        assertThat(reader.read("{\"type\":\"SetSpeed\",\"speed\":10000}")).isEqualTo(new RoomCommand.SetSpeed(10_000));
        assertThat(reader.read("{\"type\":\"Step\"}")).isEqualTo(new RoomCommand.Step(1, null));
        assertThat(reader.read("{\"type\":\"Step\",\"delta\":-5,\"fromSeq\":9}"))
                .isEqualTo(new RoomCommand.Step(-5, 9L));
        assertThat(reader.read("{\"type\":\"SetSpeed\",\"speed\":0.25}")).isEqualTo(new RoomCommand.SetSpeed(0.25));
        assertThat(reader.read("{\"type\":\"SetMode\",\"mode\":\"free\"}")).isEqualTo(new RoomCommand.SetMode(PlaybackMode.FREE));
        assertThat(reader.read("{\"type\":\"Run\",\"runId\":\"r1\"}")).isEqualTo(new RoomCommand.Run("r1", null));
        assertThat(reader.read("{\"type\":\"OpenSubmission\",\"submissionId\":\"s\"}"))
                .isEqualTo(new RoomCommand.OpenSubmission("s"));
        assertThat(reader.read("{\"type\":\"RaiseHand\"}")).isInstanceOf(RoomCommand.StudentCommand.class);
        assertThat(reader.read("{\"type\":\"Revoke\"}")).isInstanceOf(TeacherCommand.class);
        assertThat(reader.read("{\"type\":\"Submit\",\"scenario\":{\"schema\":1}}"))
                .isInstanceOfSatisfying(RoomCommand.Submit.class,
                        s -> assertThat(s.scenario().get("schema").asInt()).isEqualTo(1));
    }

    @Test
    void goals_are_read_by_kind() {
        RoomCommand posed = reader.read("{\"type\":\"PoseChallenge\",\"scenario\":{},"
                + "\"goal\":{\"kind\":\"variableEquals\",\"name\":\"counter\",\"value\":6}}");
        assertThat(posed).isInstanceOfSatisfying(RoomCommand.PoseChallenge.class,
                p -> assertThat(p.goal()).isEqualTo(new Goal.VariableEquals("counter", 6)));
        assertThat(GoalJson.read(JsonMapper.builder().build().readTree("{\"kind\":\"finishesUnderMs\",\"ms\":5}")))
                .isEqualTo(new Goal.FinishesUnderMs(5));
        assertThat(GoalJson.write(new Goal.NoDeadlock()).toString()).isEqualTo("{\"kind\":\"noDeadlock\"}");
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
        assertThatThrownBy(() -> reader.read(text)).isInstanceOf(BadMessage.class).hasMessageNotContaining("Exception");
    }
}
