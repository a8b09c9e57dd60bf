package dev.threadlab.rooms;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Who a connection to a room is: the teacher (any of their screens) or a student. */
public enum MemberRole {
    TEACHER, STUDENT;

    /** The name in ROOMS.md ({@code RoomState.you.role}). */
    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
