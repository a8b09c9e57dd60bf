package dev.threadlab.rooms;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;

/** Whether a room lets students in: {@code open}, {@code locked} (only students it knows), {@code ended} (read-only). */
public enum RoomStatus {
    OPEN, LOCKED, ENDED;

    /** The name in ROOMS.md, on the wire and in the database. */
    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status named {@code jsonName}, as the database holds it. */
    static RoomStatus of(String jsonName) {
        return Arrays.stream(values()).filter(s -> s.jsonName().equals(jsonName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown room status " + jsonName));
    }
}
