package dev.threadlab.rooms;

import tools.jackson.databind.JsonNode;

/**
 * A room's durable state: what survives a restart besides members and submissions.
 *
 * @param status  open, locked or ended
 * @param version counts the changes of the live part (status, scenario, playback, challenge): each change is version
 *                + 1, committed once for the whole school ({@link RoomBus#commit}) and written to the database only
 *                over an older version
 */
record RoomSnapshot(JoinCode code, String title, String teacherTokenHash, RoomStatus status, JsonNode scenario,
                    String scenarioSource, Playback playback, Challenge challenge, long version) {

    /** The same room with another live part (from another node), at {@code newVersion}. */
    RoomSnapshot withLive(LiveState live) {
        return new RoomSnapshot(code, title, teacherTokenHash, live.status(), live.scenario(), live.scenarioSource(),
                live.playback(), live.challenge(), live.version());
    }

    LiveState live() {
        return new LiveState(status, scenario, scenarioSource, playback, challenge, version);
    }

    /**
     * What changes while a room is used, shared by every node: this is what travels through Redis.
     */
    record LiveState(RoomStatus status, JsonNode scenario, String scenarioSource, Playback playback, Challenge challenge,
                     long version) {

        LiveState {
            scenario = scenario == null || scenario.isNull() ? null : scenario; // JSON null read back: no scenario
        }

        LiveState withStatus(RoomStatus next) {
            return new LiveState(next, scenario, scenarioSource, playback, challenge, version);
        }

        LiveState withPlayback(Playback next) {
            return new LiveState(status, scenario, scenarioSource, next, challenge, version);
        }

        LiveState withScenario(JsonNode next, String source, Playback nextPlayback) {
            return new LiveState(status, next, source, nextPlayback, challenge, version);
        }

        LiveState withChallenge(Challenge next) {
            return new LiveState(status, scenario, scenarioSource, playback, next, version);
        }

        LiveState next() {
            return new LiveState(status, scenario, scenarioSource, playback, challenge, version + 1);
        }
    }
}
