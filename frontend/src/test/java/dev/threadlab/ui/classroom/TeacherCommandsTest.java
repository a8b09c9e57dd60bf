package dev.threadlab.ui.classroom;

import dev.threadlab.json.LabJson;
import dev.threadlab.rooms.Goal;
import dev.threadlab.rooms.PlaybackMode;
import dev.threadlab.rooms.RoomCommand;
import dev.threadlab.rooms.RoomCommand.End;
import dev.threadlab.rooms.RoomCommand.Lock;
import dev.threadlab.rooms.RoomCommand.OpenSubmission;
import dev.threadlab.rooms.RoomCommand.PoseChallenge;
import dev.threadlab.rooms.RoomCommand.Run;
import dev.threadlab.rooms.RoomCommand.SetMode;
import dev.threadlab.rooms.RoomCommand.TeacherCommand;
import dev.threadlab.rooms.RoomCommand.Unlock;
import dev.threadlab.rooms.RoomProtocol;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command the teacher's page sends, as its socket writes it, is read by the server's reader (with the server's
 * mapper and reading rules) into the same record: the page and the server share one vocabulary.
 */
class TeacherCommandsTest {

    private static final RoomProtocol SERVER = new RoomProtocol(new LabJson(64).mapper());
    private static final JsonNode SCENARIO = JsonMapper.builder().build().readTree("""
            {"schema":1,"title":"Lost update","objects":[{"id":"counter","type":"int","value":0}],
             "threads":[{"id":"worker","count":2,"body":[{"op":"increment","target":"counter"}]}]}""");

    @Test
    void every_command_the_teacher_sends_is_read_by_the_server_as_the_same_record() {
        List<TeacherCommand> sent = new ArrayList<>();
        TeacherCommands commands = new TeacherCommands(sent::add);
        commands.send(new Lock());
        commands.send(new Unlock());
        commands.send(new End());
        commands.run(SCENARIO);
        commands.show("r-1_x");
        commands.mode(PlaybackMode.FREE);
        commands.mode(PlaybackMode.FOLLOW);
        commands.openSubmission("s1");
        for (Goals goal : Goals.values()) {
            commands.poseChallenge(SCENARIO, goal.goal(2500, "counter", -6));
        }

        assertThat(sent).containsExactly(new Lock(), new Unlock(), new End(), new Run(null, SCENARIO),
                new Run("r-1_x", null), new SetMode(PlaybackMode.FREE), new SetMode(PlaybackMode.FOLLOW),
                new OpenSubmission("s1"), new PoseChallenge(SCENARIO, new Goal.NoLostUpdates()),
                new PoseChallenge(SCENARIO, new Goal.NoDeadlock()),
                new PoseChallenge(SCENARIO, new Goal.FinishesUnderMs(2500)),
                new PoseChallenge(SCENARIO, new Goal.VariableEquals("counter", -6)));
        for (TeacherCommand command : sent) {
            String text = RoomLink.PROTOCOL.write(command);
            RoomCommand read = SERVER.read(text);
            assertThat(read).as(text).isEqualTo(command);
            assertThat(SERVER.write(read)).as("written back").isEqualTo(text);
        }
    }
}
