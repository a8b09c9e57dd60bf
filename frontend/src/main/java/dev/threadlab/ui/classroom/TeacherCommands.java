package dev.threadlab.ui.classroom;

import dev.threadlab.rooms.Goal;
import dev.threadlab.rooms.PlaybackMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.Serializable;

/** The teacher's commands to the room (backend/ROOMS.md), written as JSON and sent through the page's socket. */
final class TeacherCommands implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RoomLink link;

    TeacherCommands(RoomLink link) {
        this.link = link;
    }

    /** A command without parameters: {@code Lock}, {@code Unlock}, {@code End}. */
    void send(String type) {
        link.send(command(type).toString());
    }

    /** Runs {@code scenario} for the room. */
    void run(JsonNode scenario) {
        ObjectNode run = command("Run");
        run.set("scenario", scenario);
        link.send(run.toString());
    }

    /** Shows the room a run already made (a shared run link). */
    void show(String runId) {
        link.send(command("Run").put("runId", runId).toString());
    }

    void mode(PlaybackMode mode) {
        link.send(command("SetMode").put("mode", mode.jsonName()).toString());
    }

    void openSubmission(String submissionId) {
        link.send(command("OpenSubmission").put("submissionId", submissionId).toString());
    }

    void poseChallenge(JsonNode scenario, Goal goal) {
        ObjectNode pose = command("PoseChallenge");
        pose.set("scenario", scenario);
        pose.set("goal", Goals.json(goal));
        link.send(pose.toString());
    }

    private static ObjectNode command(String type) {
        return JSON.createObjectNode().put("type", type);
    }
}
