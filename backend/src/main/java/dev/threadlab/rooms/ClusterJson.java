package dev.threadlab.rooms;

import dev.threadlab.rooms.ClusterMessage.Joined;
import dev.threadlab.rooms.ClusterMessage.Notice;
import dev.threadlab.rooms.ClusterMessage.Replaced;
import dev.threadlab.rooms.ClusterMessage.Revoked;
import dev.threadlab.rooms.ClusterMessage.Roster;
import dev.threadlab.rooms.ClusterMessage.StateChanged;
import dev.threadlab.rooms.ClusterMessage.Submitted;
import dev.threadlab.rooms.RoomEvent.MemberView;
import dev.threadlab.rooms.RoomSnapshot.LiveState;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/** {@link ClusterMessage}s and {@link LiveState}s as JSON text, as they travel through Redis. */
final class ClusterJson {

    private static final TypeReference<List<MemberView>> MEMBERS = new TypeReference<>() {
    };

    private final JsonMapper mapper;
    private final ChallengeJson challenges;

    ClusterJson(JsonMapper mapper) {
        this.mapper = mapper;
        this.challenges = new ChallengeJson(mapper);
    }

    String write(ClusterMessage message) {
        ObjectNode node = mapper.createObjectNode();
        node.put("kind", message.getClass().getSimpleName());
        node.put("node", message.node());
        switch (message) {
            case StateChanged s -> node.<ObjectNode>set("state", live(s.state())).put("event", s.event());
            case Notice n -> node.put("memberId", n.memberId()).put("event", n.event());
            case Submitted s -> node.set("submission", mapper.valueToTree(s.submission()));
            case Roster r -> node.set("members", mapper.valueToTree(r.members()));
            case Joined j -> node.set("member", mapper.valueToTree(j.member()));
            case Replaced r -> node.put("memberId", r.memberId());
            case Revoked _ -> { }
        }
        return mapper.writeValueAsString(node);
    }

    ClusterMessage read(String text) {
        JsonNode node = mapper.readTree(text);
        String from = node.get("node").asString();
        return switch (node.get("kind").asString()) {
            case "StateChanged" -> new StateChanged(from, live(node.get("state")), node.get("event").asString());
            case "Notice" -> new Notice(from, node.get("memberId").isNull() ? null : node.get("memberId").asString(),
                    node.get("event").asString());
            case "Submitted" -> new Submitted(from, mapper.treeToValue(node.get("submission"), Submission.class));
            case "Roster" -> new Roster(from, mapper.readValue(mapper.writeValueAsString(node.get("members")), MEMBERS));
            case "Joined" -> new Joined(from, mapper.treeToValue(node.get("member"), KnownMember.class));
            case "Replaced" -> new Replaced(from, node.get("memberId").asString());
            case "Revoked" -> new Revoked(from);
            default -> throw new IllegalArgumentException("Unknown cluster message " + node.get("kind"));
        };
    }

    String writeLive(LiveState state) {
        return mapper.writeValueAsString(live(state));
    }

    LiveState readLive(String text) {
        return live(mapper.readTree(text));
    }

    String writeMembers(List<MemberView> members) {
        return mapper.writeValueAsString(members);
    }

    List<MemberView> readMembers(String text) {
        return mapper.readValue(text, MEMBERS);
    }

    private ObjectNode live(LiveState s) {
        ObjectNode node = mapper.createObjectNode();
        node.put("status", s.status().jsonName());
        node.set("scenario", s.scenario());
        node.put("scenarioSource", s.scenarioSource());
        node.set("playback", mapper.valueToTree(s.playback()));
        node.set("challenge", challenges.write(s.challenge()));
        node.put("version", s.version());
        return node;
    }

    private LiveState live(JsonNode node) {
        JsonNode scenario = node.get("scenario");
        JsonNode source = node.get("scenarioSource");
        return new LiveState(RoomStatus.of(node.get("status").asString()), scenario == null || scenario.isNull() ? null : scenario,
                source == null || source.isNull() ? null : source.asString(),
                mapper.treeToValue(node.get("playback"), Playback.class), challenges.read(node.get("challenge")),
                node.get("version").asLong());
    }
}
