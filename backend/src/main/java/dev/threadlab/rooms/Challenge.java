package dev.threadlab.rooms;

import tools.jackson.databind.JsonNode;

/**
 * A scenario posed to the room with a goal; students fork it, edit and submit.
 *
 * @param id       short id, unique in the room
 * @param scenario the starting scenario (DESIGN.md §2)
 * @param goal     what a submission must achieve
 * @param posedAt  epoch milliseconds
 */
public record Challenge(String id, JsonNode scenario, Goal goal, long posedAt) {
}
