package dev.threadlab.rooms;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** {@code follow}: students' timelines snap to the teacher's; {@code free}: students may scrub and edit. */
public enum PlaybackMode {
    FOLLOW, FREE;

    /** The name in ROOMS.md ({@code playback.mode}, {@code SetMode.mode}). */
    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode named {@code jsonName}, if there is one. */
    public static Optional<PlaybackMode> of(String jsonName) {
        return Arrays.stream(values()).filter(m -> m.jsonName().equals(jsonName)).findFirst();
    }
}
