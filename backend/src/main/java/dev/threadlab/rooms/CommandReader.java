package dev.threadlab.rooms;

import dev.threadlab.rooms.RoomCommand.End;
import dev.threadlab.rooms.RoomCommand.LoadScenario;
import dev.threadlab.rooms.RoomCommand.Lock;
import dev.threadlab.rooms.RoomCommand.LowerHand;
import dev.threadlab.rooms.RoomCommand.OpenSubmission;
import dev.threadlab.rooms.RoomCommand.Pause;
import dev.threadlab.rooms.RoomCommand.Play;
import dev.threadlab.rooms.RoomCommand.PoseChallenge;
import dev.threadlab.rooms.RoomCommand.RaiseHand;
import dev.threadlab.rooms.RoomCommand.Revoke;
import dev.threadlab.rooms.RoomCommand.Run;
import dev.threadlab.rooms.RoomCommand.Seek;
import dev.threadlab.rooms.RoomCommand.SetMode;
import dev.threadlab.rooms.RoomCommand.SetSpeed;
import dev.threadlab.rooms.RoomCommand.Step;
import dev.threadlab.rooms.RoomCommand.Submit;
import dev.threadlab.rooms.RoomCommand.Unlock;
import dev.threadlab.api.ProblemException;
import dev.threadlab.json.LabJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads client text messages into {@link RoomCommand}s, strictly: unknown types and missing fields are refused. */
public final class CommandReader {

    private final JsonMapper mapper;

    public CommandReader(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public RoomCommand read(String text) {
        JsonNode node;
        try {
            node = LabJson.readTree(mapper, text);
        } catch (ProblemException e) {
            throw new BadMessage(e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadMessage("A message is a JSON object with a \"type\".");
        }
        String type = text(node, "type");
        return switch (type) {
            case "LoadScenario" -> new LoadScenario(scenario(node, "scenario"));
            case "Run" -> run(node);
            case "Play" -> new Play();
            case "Pause" -> new Pause();
            case "Seek" -> new Seek(nonNegative(node, "positionUs"),
                    node.hasNonNull("seq") ? nonNegative(node, "seq") : null);
            case "SetSpeed" -> new SetSpeed(speed(node));
            case "Step" -> new Step(node.hasNonNull("delta") ? delta(node) : 1,
                    node.hasNonNull("fromSeq") ? nonNegative(node, "fromSeq") : null);
            case "SetMode" -> new SetMode(mode(node));
            case "PoseChallenge" -> new PoseChallenge(scenario(node, "scenario"), GoalJson.read(node.get("goal")));
            case "OpenSubmission" -> new OpenSubmission(text(node, "submissionId"));
            case "Lock" -> new Lock();
            case "Unlock" -> new Unlock();
            case "End" -> new End();
            case "Revoke" -> new Revoke();
            case "RaiseHand" -> new RaiseHand();
            case "LowerHand" -> new LowerHand();
            case "Submit" -> new Submit(scenario(node, "scenario"));
            default -> throw new BadMessage("Unknown message type \"" + abbreviate(type) + "\".");
        };
    }

    private static Run run(JsonNode node) {
        boolean hasRun = node.hasNonNull("runId");
        boolean hasScenario = node.hasNonNull("scenario");
        if (hasRun == hasScenario) {
            throw new BadMessage("Run needs exactly one of \"runId\" and \"scenario\".");
        }
        return hasRun ? new Run(text(node, "runId"), null) : new Run(null, scenario(node, "scenario"));
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new BadMessage("\"" + field + "\" must be a non-empty string.");
        }
        if (value.asString().length() > 200) {
            throw new BadMessage("\"" + field + "\" is too long.");
        }
        return value.asString();
    }

    private static JsonNode scenario(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new BadMessage("\"" + field + "\" must be a scenario object.");
        }
        return value;
    }

    private static long nonNegative(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
            throw new BadMessage("\"" + field + "\" must be a non-negative integer.");
        }
        return value.asLong();
    }

    private static int delta(JsonNode node) {
        JsonNode value = node.get("delta");
        if (!value.isIntegralNumber() || !value.canConvertToInt() || Math.abs(value.asInt()) > 1_000_000) {
            throw new BadMessage("\"delta\" must be an integer between -1000000 and 1000000.");
        }
        return value.asInt();
    }

    private static double speed(JsonNode node) {
        JsonNode value = node.get("speed");
        if (value == null || !value.isNumber()) {
            throw new BadMessage("\"speed\" must be a number.");
        }
        double speed = value.asDouble();
        if (!(speed >= Playback.MIN_SPEED && speed <= Playback.MAX_SPEED)) {
            throw new BadMessage("\"speed\" must be between 1e-6 and 1e6.");
        }
        return speed;
    }

    private static PlaybackMode mode(JsonNode node) {
        return PlaybackMode.of(text(node, "mode"))
                .orElseThrow(() -> new BadMessage("\"mode\" must be \"follow\" or \"free\"."));
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
