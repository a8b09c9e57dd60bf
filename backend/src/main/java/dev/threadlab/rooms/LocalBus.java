package dev.threadlab.rooms;

import dev.threadlab.rooms.RoomEvent.MemberView;
import dev.threadlab.rooms.RoomSnapshot.LiveState;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** A node alone: its rooms are its own, every commit succeeds and nobody else is told anything. */
final class LocalBus implements RoomBus {

    private static final String NODE = "local";

    @Override
    public String node() {
        return NODE;
    }

    @Override
    public boolean shared() {
        return false;
    }

    @Override
    public LiveState attach(JoinCode code, LiveState mine) {
        return mine;
    }

    @Override
    public boolean commit(JoinCode code, LiveState next, String event) {
        return true;
    }

    @Override
    public void publish(JoinCode code, ClusterMessage message) {
        // nobody else to tell
    }

    @Override
    public void roster(JoinCode code, List<MemberView> members) {
        // nobody else counts them
    }

    @Override
    public Map<String, List<MemberView>> rosters(JoinCode code) {
        return Map.of();
    }

    @Override
    public void forget(JoinCode code) {
        // nothing shared
    }

    @Override
    public void listen(BiConsumer<JoinCode, ClusterMessage> listener) {
        // nothing ever arrives
    }

    @Override
    public Set<String> heartbeat() {
        return Set.of(NODE);
    }

    @Override
    public void close() {
        // nothing held
    }
}
