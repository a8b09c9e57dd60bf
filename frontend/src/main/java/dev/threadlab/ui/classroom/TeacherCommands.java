package dev.threadlab.ui.classroom;

import com.vaadin.flow.function.SerializableConsumer;
import dev.threadlab.rooms.Goal;
import dev.threadlab.rooms.PlaybackMode;
import dev.threadlab.rooms.RoomCommand.OpenSubmission;
import dev.threadlab.rooms.RoomCommand.PoseChallenge;
import dev.threadlab.rooms.RoomCommand.Run;
import dev.threadlab.rooms.RoomCommand.SetMode;
import dev.threadlab.rooms.RoomCommand.TeacherCommand;
import tools.jackson.databind.JsonNode;

import java.io.Serializable;

/**
 * The teacher's commands to the room (backend/ROOMS.md), as the server's own {@link TeacherCommand} records: the page's
 * socket ({@link RoomLink#send}) writes them with the server's mapping, so the two sides cannot drift apart.
 */
final class TeacherCommands implements Serializable {

    private static final long serialVersionUID = 1L;

    private final SerializableConsumer<TeacherCommand> socket;

    TeacherCommands(SerializableConsumer<TeacherCommand> socket) {
        this.socket = socket;
    }

    /** A command without parameters: {@code Lock}, {@code Unlock}, {@code End}. */
    void send(TeacherCommand command) {
        socket.accept(command);
    }

    /** Runs {@code scenario} for the room. */
    void run(JsonNode scenario) {
        socket.accept(new Run(null, scenario));
    }

    /** Shows the room a run already made (a shared run link). */
    void show(String runId) {
        socket.accept(new Run(runId, null));
    }

    void mode(PlaybackMode mode) {
        socket.accept(new SetMode(mode));
    }

    void openSubmission(String submissionId) {
        socket.accept(new OpenSubmission(submissionId));
    }

    void poseChallenge(JsonNode scenario, Goal goal) {
        socket.accept(new PoseChallenge(scenario, goal));
    }
}
