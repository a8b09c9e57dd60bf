package dev.threadlab.rooms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The students who ever joined a room, by the hash of their resume token: known here, or (joined through another
 * node, or before this copy was loaded) in the database. Guarded by its hub's lock.
 */
final class KnownMembers {

    private final RoomServices services;
    private final JoinCode code;
    private final Map<String, KnownMember> byResumeHash = new LinkedHashMap<>();

    KnownMembers(RoomServices services, JoinCode code, List<KnownMember> known) {
        this.services = services;
        this.code = code;
        known.forEach(this::remember);
    }

    /** The student a resume token belongs to, or null. */
    KnownMember find(String resumeToken) {
        if (resumeToken == null) {
            return null;
        }
        String hash = Secrets.hash(resumeToken);
        KnownMember known = byResumeHash.get(hash);
        if (known == null && services.bus().shared()) {
            known = services.store().member(code, hash).orElse(null);
            if (known != null) {
                remember(known);
            }
        }
        return known;
    }

    /** A student joined through another node. */
    void remember(KnownMember known) {
        byResumeHash.put(known.resumeHash(), known);
    }

    /** A new student joined here: remembered, stored and announced to the school's other nodes. */
    void joined(Member member, String resumeToken) {
        KnownMember fresh = new KnownMember(member.memberId(), member.name(), Secrets.hash(resumeToken));
        remember(fresh);
        services.writes().addMember(code, fresh);
        services.bus().publish(code, new ClusterMessage.Joined(services.bus().node(), fresh));
    }
}
