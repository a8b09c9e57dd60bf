package dev.threadlab.rooms;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who a connection to a room is: the teacher (any of their screens) or a student. */
public enum MemberRole {
    TEACHER("teacher"),
    STUDENT("student");

    private final String jsonName;

    MemberRole(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name in ROOMS.md ({@code RoomState.you.role}). */
    @JsonValue
    public String jsonName() {
        return jsonName;
    }
}
