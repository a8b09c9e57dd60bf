package dev.threadlab.rooms;

import dev.threadlab.rooms.RoomEvent.MemberView;
import dev.threadlab.rooms.RoomSnapshot.LiveState;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * {@link ClusterMessage}s, {@link LiveState}s and rosters as JSON text, as they travel through Redis: mapped by
 * Jackson ({@code {"kind": <record name>, "node", …components}}).
 */
final class ClusterJson {

    private static final TypeReference<List<MemberView>> MEMBERS = new TypeReference<>() {
    };

    private final JsonMapper mapper;
    /** Writes a message with its {@code kind} (the sealed type's), made once rather than for every message. */
    private final ObjectWriter messages;

    ClusterJson(JsonMapper mapper) {
        this.mapper = mapper;
        this.messages = mapper.writerFor(ClusterMessage.class);
    }

    String write(ClusterMessage message) {
        return messages.writeValueAsString(message);
    }

    ClusterMessage read(String text) {
        return mapper.readValue(text, ClusterMessage.class);
    }

    String writeLive(LiveState state) {
        return mapper.writeValueAsString(state);
    }

    LiveState readLive(String text) {
        return mapper.readValue(text, LiveState.class);
    }

    String writeMembers(List<MemberView> members) {
        return mapper.writeValueAsString(members);
    }

    List<MemberView> readMembers(String text) {
        return mapper.readValue(text, MEMBERS);
    }
}
