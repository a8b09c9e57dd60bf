package dev.threadlab.rooms;

import dev.threadlab.rooms.RoomSnapshot.LiveState;
import tools.jackson.databind.JsonNode;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A room's live state as this node knows it, shared with the school's other nodes: it changes only by
 * {@link RoomBus#commit commits} of the next version (a node that lost the race applies the change to the newer state
 * and tries again), and every node, the committing one included, applies the changes in version order as the bus
 * hands them back, so members on every node see one sequence. Guarded by its hub's lock.
 */
final class SharedState {

    private static final int MAX_COMMIT_ATTEMPTS = 50;

    private final RoomHub hub;
    /** The state this node's members were last told about: changes arrive in version order. */
    private LiveState live;
    /** The newest state this node knows (its own commits may not have come back yet): what a change starts from. */
    private LiveState latest;

    SharedState(RoomHub hub, LiveState attached) {
        this.hub = hub;
        this.live = attached;
        this.latest = attached;
    }

    /** What this node's members were last told. */
    LiveState live() {
        return live;
    }

    /** The playback moves from the room's current one, whichever node changed it last. */
    void playback(UnaryOperator<Playback> how) {
        commit(s -> s.withPlayback(how.apply(s.playback())),
                s -> new RoomEvent.PlaybackChanged(s.playback(), hub.now()));
    }

    void scenario(JsonNode next, String source, UnaryOperator<Playback> how) {
        commit(s -> s.withScenario(next, source, how.apply(s.playback())),
                s -> new RoomEvent.ScenarioLoaded(next, source, s.playback(), hub.now()));
    }

    void challenge(Challenge next) {
        commit(s -> s.withChallenge(next), _ -> new RoomEvent.ChallengePosed(next));
    }

    void status(RoomStatus next, RoomEvent announcement) {
        commit(s -> s.withStatus(next), _ -> announcement);
    }

    /**
     * Commits the next version of the live state for the whole school (written to the database behind); every node
     * hears it from the bus in version order and tells its members ({@link #received}), so members everywhere see the
     * same sequence; this node tells its own at once when nothing came in between. When another node committed
     * first, {@code how} is applied to the school's newer state and committed again.
     */
    private void commit(UnaryOperator<LiveState> how, Function<LiveState, RoomEvent> announce) {
        RoomServices services = hub.services();
        RoomBus bus = services.bus();
        LiveState base = latest.version() >= live.version() ? latest : live;
        for (int attempt = 0; attempt < MAX_COMMIT_ATTEMPTS; attempt++) {
            LiveState next = how.apply(base).next();
            String event = services.protocol().write(announce.apply(next));
            if (bus.commit(hub.code(), next, event)) {
                latest = next;
                services.writes().saveState(hub.snapshot(next));
                // Alone, nothing relays it back. Shared, when this node's members have seen every version before it,
                // it is next in order anyway: tell them now, and pass over the echo (one Redis round trip less).
                if (!bus.shared() || live.version() == next.version() - 1) {
                    adopt(next);
                    hub.broadcastText(event);
                }
                return;
            }
            base = bus.attach(hub.code(), base);
        }
        throw new IllegalStateException("the room changed " + MAX_COMMIT_ATTEMPTS + " times in a row on other nodes"
                + " while this one tried to change it; try again");
    }

    /** Another node committed {@code state}, announced by {@code event}. */
    void received(LiveState state, String event) {
        if (state.version() == live.version() + 1) {
            adopt(state);
            hub.broadcastText(event);
        } else if (state.version() > live.version()) {
            catchUp(state);   // a message went missing (a reconnect): tell members what changed
        }
    }

    private void adopt(LiveState next) {
        Challenge before = live.challenge();
        live = next;
        if (next.version() > latest.version()) {
            latest = next;
        }
        if (next.challenge() != null && (before == null || !before.id().equals(next.challenge().id()))) {
            hub.newChallenge();
        }
    }

    /** Takes a newer state whose events this node did not see, and tells its members what they missed. */
    private void catchUp(LiveState newer) {
        LiveState before = live;
        adopt(newer);
        long now = hub.now();
        if (!Objects.equals(before.status(), newer.status())) {
            hub.broadcast(switch (newer.status()) {
                case OPEN -> new RoomEvent.RoomUnlocked();
                case LOCKED -> new RoomEvent.RoomLocked();
                case ENDED -> new RoomEvent.RoomEnded();
            });
        }
        if (newer.challenge() != null && !newer.challenge().equals(before.challenge())) {
            hub.broadcast(new RoomEvent.ChallengePosed(newer.challenge()));
        }
        if (!Objects.equals(before.scenario(), newer.scenario())
                || !Objects.equals(before.scenarioSource(), newer.scenarioSource())) {
            hub.broadcast(new RoomEvent.ScenarioLoaded(newer.scenario(), newer.scenarioSource(), newer.playback(),
                    now));
        } else if (!before.playback().equals(newer.playback())) {
            hub.broadcast(new RoomEvent.PlaybackChanged(newer.playback(), now));
        }
    }
}
