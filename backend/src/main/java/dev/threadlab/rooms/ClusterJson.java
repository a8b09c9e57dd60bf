package dev.threadlab.rooms;

import dev.threadlab.rooms.RoomEvent.MemberView;
import dev.threadlab.rooms.RoomSnapshot.LiveState;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * {@link ClusterMessage}s, {@link LiveState}s and rosters as JSON text, as they travel through Redis: mapped by
 * Jackson ({@code {"kind": <record name>, "node", …components}}).
 */
record ClusterJson(JsonMapper mapper) {

    private static final TypeReference<List<MemberView>> MEMBERS = new TypeReference<>() {
    };

    String write(ClusterMessage message) {
        return mapper.writerFor(ClusterMessage.class).writeValueAsString(message);
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
