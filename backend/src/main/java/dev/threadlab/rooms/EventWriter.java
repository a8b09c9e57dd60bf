package dev.threadlab.rooms;

import dev.threadlab.rooms.RoomEvent.ChallengePosed;
import dev.threadlab.rooms.RoomEvent.Error;
import dev.threadlab.rooms.RoomEvent.HandLowered;
import dev.threadlab.rooms.RoomEvent.HandRaised;
import dev.threadlab.rooms.RoomEvent.PlaybackChanged;
import dev.threadlab.rooms.RoomEvent.RoomEnded;
import dev.threadlab.rooms.RoomEvent.RoomLocked;
import dev.threadlab.rooms.RoomEvent.RoomRevoked;
import dev.threadlab.rooms.RoomEvent.RoomState;
import dev.threadlab.rooms.RoomEvent.RoomUnlocked;
import dev.threadlab.rooms.RoomEvent.RosterChanged;
import dev.threadlab.rooms.RoomEvent.ScenarioLoaded;
import dev.threadlab.rooms.RoomEvent.SubmissionGraded;
import dev.threadlab.rooms.RoomEvent.SubmissionReceived;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes {@link RoomEvent}s as JSON text: {@code {"type": "<record name>", …components}}. A hub writes each event
 * once and sends the same text to every member.
 */
public final class EventWriter {

    private final JsonMapper mapper;
    private final ChallengeJson challenges;

    public EventWriter(JsonMapper mapper) {
        this.mapper = mapper;
        this.challenges = new ChallengeJson(mapper);
    }

    public String write(RoomEvent event) {
        ObjectNode node = mapper.createObjectNode();
        node.put("type", event.getClass().getSimpleName());
        switch (event) {
            case RoomState s -> {
                node.put("code", s.code()).put("title", s.title()).put("status", s.status().jsonName());
                node.set("you", tree(s.you()));
                node.set("scenario", s.scenario());
                node.put("scenarioSource", s.scenarioSource());
                node.set("playback", tree(s.playback()));
                node.set("challenge", challenges.write(s.challenge()));
                node.set("roster", s.roster() == null ? null : tree(s.roster()));
                node.put("memberCount", s.memberCount());
                node.set("submissions", tree(s.submissions()));
                node.put("serverTime", s.serverTime());
            }
            case ScenarioLoaded s -> {
                node.set("scenario", s.scenario());
                node.put("source", s.source());
                node.set("playback", tree(s.playback()));
                node.put("serverTime", s.serverTime());
            }
            case PlaybackChanged p -> node.<ObjectNode>set("playback", tree(p.playback()))
                    .put("serverTime", p.serverTime());
            case RosterChanged r -> node.<ObjectNode>set("members", tree(r.members()))
                    .put("memberCount", r.memberCount());
            case HandRaised h -> node.put("memberId", h.memberId()).put("name", h.name());
            case HandLowered h -> node.put("memberId", h.memberId());
            case ChallengePosed c -> node.set("challenge", challenges.write(c.challenge()));
            case SubmissionReceived s -> node.set("submission", tree(s.submission()));
            case SubmissionGraded s -> node.set("submission", tree(s.submission()));
            case RoomLocked _, RoomUnlocked _, RoomEnded _, RoomRevoked _ -> { }
            case Error e -> node.put("code", e.code()).put("message", e.message());
        }
        return mapper.writeValueAsString(node);
    }

    private JsonNode tree(Object value) {
        return value == null ? null : mapper.valueToTree(value);
    }
}
