package dev.threadlab.rooms;

import tools.jackson.databind.JsonNode;

/**
 * A room's durable state: what survives a restart besides members and submissions.
 *
 * @param status {@code open}, {@code locked} or {@code ended}
 */
record RoomSnapshot(JoinCode code, String title, String teacherTokenHash, String status, JsonNode scenario,
                    String scenarioSource, Playback playback, Challenge challenge) {

    static final String OPEN = "open";
    static final String LOCKED = "locked";
    static final String ENDED = "ended";
}
