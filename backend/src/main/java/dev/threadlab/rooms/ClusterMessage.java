package dev.threadlab.rooms;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.threadlab.rooms.RoomEvent.MemberView;
import dev.threadlab.rooms.RoomSnapshot.LiveState;

import java.util.List;

/**
 * What the nodes of one school tell each other about a room, through Redis ({@link RedisBus}); each node then tells
 * its own connected members. {@code node} names the sender, which hears only its own {@link StateChanged}s back. JSON
 * (by Jackson): {@code {"kind": <record name>, "node", …components}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "kind")
sealed interface ClusterMessage {

    String node();

    /** The room's live state moved to {@code state.version()}; {@code event} is the JSON every member is sent. */
    record StateChanged(String node, LiveState state, String event) implements ClusterMessage {
    }

    /** An event for the teachers, and for the student {@code memberId} if not null (hands). */
    record Notice(String node, String memberId, String event) implements ClusterMessage {
    }

    /** A submission arrived (verdict null) or was graded, on {@code node}: every dashboard records it. */
    record Submitted(String node, Submission submission) implements ClusterMessage {
    }

    /** The students connected to {@code node} now. */
    record Roster(String node, List<MemberView> members) implements ClusterMessage {
    }

    /** A new student joined through {@code node}: any node lets them resume. */
    record Joined(String node, KnownMember member) implements ClusterMessage {
    }

    /** A student connected again through {@code node}: their older connection elsewhere is closed. */
    record Replaced(String node, String memberId) implements ClusterMessage {
    }

    /** The teacher deleted the room. */
    record Revoked(String node) implements ClusterMessage {
    }
}
