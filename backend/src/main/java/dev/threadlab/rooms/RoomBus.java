package dev.threadlab.rooms;

import dev.threadlab.rooms.RoomEvent.MemberView;
import dev.threadlab.rooms.RoomSnapshot.LiveState;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * How a node shares its rooms with the other nodes of a school: {@link LocalBus} when it runs alone, {@link RedisBus}
 * when {@code LAB_REDIS_URL} names a Redis server. A room's live state is committed version by version for the whole
 * school, so two nodes can never both apply a change to the same version; everything else is announced.
 */
sealed interface RoomBus extends AutoCloseable permits LocalBus, RedisBus {

    /** This node's name, as the other nodes know it. */
    String node();

    /** Whether other nodes may share rooms with this one. */
    boolean shared();

    /** The live state to go on from: the school's if it is newer than {@code mine}, else {@code mine}, now shared. */
    LiveState attach(JoinCode code, LiveState mine);

    /**
     * Makes {@code next} the room's live state if the school's is still at version {@code next.version() - 1}, and
     * tells every node, this one included ({@link ClusterMessage.StateChanged} with {@code event}), in commit order;
     * false, with nothing changed, when another node committed that version first. {@link LocalBus} tells nobody:
     * the hub delivers its own changes.
     */
    boolean commit(JoinCode code, LiveState next, String event);

    /** Tells the other nodes something that is not live state. */
    void publish(JoinCode code, ClusterMessage message);

    /** Records and announces the students connected to this node, so nodes that load the room later count them. */
    void roster(JoinCode code, List<MemberView> members);

    /** The students connected to each other live node, as last recorded. */
    Map<String, List<MemberView>> rosters(JoinCode code);

    /** The room was deleted: its shared keys go too. */
    void forget(JoinCode code);

    /** Where messages from other nodes go; called once, before any room is loaded. */
    void listen(BiConsumer<JoinCode, ClusterMessage> listener);

    /** Says this node is alive, and answers which nodes are (this one included). */
    Set<String> heartbeat();

    @Override
    void close();
}
