package dev.threadlab.rooms;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rooms of this server: creates them, and finds a room's {@link RoomHub}, loading it from the database the first
 * time it is asked for (after a restart, say). A revoked hub stays as a tombstone so that a room being deleted in
 * the background is never loaded again.
 */
final class RoomRegistry {

    private static final int CODE_ATTEMPTS = 20;

    private final RoomServices services;
    private final ConcurrentHashMap<JoinCode, RoomHub> hubs = new ConcurrentHashMap<>();
    private volatile java.util.Set<String> liveNodes = java.util.Set.of();

    RoomRegistry(RoomServices services) {
        this.services = services;
    }

    /** A new open room, and its teacher token (known only to the caller; the database keeps its hash). */
    Created create(String title) {
        String token = services.secrets().newToken();
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            JoinCode code = JoinCode.generate(services.secrets().random());
            RoomSnapshot room = new RoomSnapshot(code, title, Secrets.hash(token), RoomStatus.OPEN, null, null,
                    Playback.initial(services.clock().getAsLong()), null, 0);
            if (services.store().create(room)) {
                hubs.put(code, new RoomHub(services, room, List.of(), List.of()));
                return new Created(code, token);
            }
        }
        throw new IllegalStateException("No free join code after " + CODE_ATTEMPTS + " attempts");
    }

    record Created(JoinCode code, String teacherToken) {
    }

    /** Hands another node's message to this node's copy of the room, if it has one. */
    void receive(JoinCode code, ClusterMessage message) {
        RoomHub hub = hubs.get(code);
        if (hub != null) {
            hub.receive(message);
        }
    }

    /** The live nodes are now {@code alive}: every room counts the students of those, and only those. */
    void keepNodes(java.util.Set<String> alive) {
        if (!alive.equals(liveNodes)) {
            liveNodes = alive;
            hubs.forEach((code, hub) -> {
                if (hub != null && !hub.isRevoked()) {
                    hub.rostersElsewhere(services.bus().rosters(code));
                }
            });
        }
    }

    /** Rooms this node holds a live copy of (revoked ones aside). */
    int loaded() {
        int n = 0;
        for (RoomHub hub : hubs.values()) {
            n += hub.isRevoked() ? 0 : 1;
        }
        return n;
    }

    /** Connections to this node's rooms: the teachers', or the students'. */
    int connections(boolean teachers) {
        int n = 0;
        for (RoomHub hub : hubs.values()) {
            n += hub.connections(teachers);
        }
        return n;
    }

    Optional<RoomHub> find(JoinCode code) {
        RoomHub hub = hubs.computeIfAbsent(code, this::load);
        return hub == null || hub.isRevoked() ? Optional.empty() : Optional.of(hub);
    }

    private RoomHub load(JoinCode code) {
        RoomHub hub = services.store().find(code).map(room -> new RoomHub(services, room,
                services.store().members(code), room.challenge() == null ? List.of()
                        : services.store().latestSubmissions(code, room.challenge().id()))).orElse(null);
        if (hub != null) {
            hub.gradeUnfinished();
        }
        return hub;
    }
}
