package dev.threadlab.rooms;

/** A student who has joined the room at some point; reconnecting with the resume token makes them that member again. */
record KnownMember(String memberId, String name, String resumeHash) {
}
