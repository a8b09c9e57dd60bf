package dev.threadlab.rooms;

import dev.threadlab.rooms.RoomEvent.MemberView;
import dev.threadlab.rooms.RoomSnapshot.LiveState;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/** {@link ClusterMessage}s and {@link LiveState}s as JSON text, as they travel through Redis (mapped by Jackson). */
final class ClusterJson {

    private final ObjectWriter messages;
    private final ObjectReader messageReader;
    private final ObjectReader live;
    private final ObjectReader members;
    private final JsonMapper mapper;

    ClusterJson(JsonMapper mapper) {
        this.mapper = mapper;
        this.messages = mapper.writerFor(ClusterMessage.class);
        this.messageReader = mapper.readerFor(ClusterMessage.class);
        this.live = mapper.readerFor(LiveState.class);
        this.members = mapper.readerFor(new TypeReference<List<MemberView>>() {
        });
    }

    String write(ClusterMessage message) {
        return messages.writeValueAsString(message);
    }

    ClusterMessage read(String text) {
        return messageReader.readValue(text);
    }

    String writeLive(LiveState state) {
        return mapper.writeValueAsString(state);
    }

    LiveState readLive(String text) {
        return live.readValue(text);
    }

    String writeMembers(List<MemberView> list) {
        return mapper.writeValueAsString(list);
    }

    List<MemberView> readMembers(String text) {
        return members.readValue(text);
    }
}
