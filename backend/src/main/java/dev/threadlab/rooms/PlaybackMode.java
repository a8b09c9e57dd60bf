package dev.threadlab.rooms;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** {@code follow}: students' timelines snap to the teacher's; {@code free}: students may scrub and edit. */
public enum PlaybackMode {
    FOLLOW("follow"),
    FREE("free");

    private final String jsonName;

    PlaybackMode(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name in ROOMS.md ({@code playback.mode}, {@code SetMode.mode}). */
    @JsonValue
    public String jsonName() {
        return jsonName;
    }

    /** The mode named {@code jsonName}, if there is one. */
    public static Optional<PlaybackMode> of(String jsonName) {
        return Arrays.stream(values()).filter(m -> m.jsonName.equals(jsonName)).findFirst();
    }
}
