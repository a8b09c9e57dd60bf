package dev.threadlab.rooms;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import tools.jackson.databind.JsonNode;

/**
 * A scenario posed to the room with a goal; students fork it, edit and submit. JSON:
 * {@code {"id", "scenario", "goal": {"kind", …}, "goalWords", "posedAt"}}, where {@code goalWords} is the goal as a
 * sentence ({@link Goal#words()}) for clients to show; it is written, not read back.
 *
 * @param id       short id, unique in the room
 * @param scenario the starting scenario (DESIGN.md §2)
 * @param goal     what a submission must achieve
 * @param posedAt  epoch milliseconds
 */
@JsonPropertyOrder({"id", "scenario", "goal", "goalWords", "posedAt"})
@JsonIgnoreProperties(value = "goalWords", allowGetters = true)
public record Challenge(String id, JsonNode scenario, Goal goal, long posedAt) {

    @JsonProperty("goalWords")
    public String goalWords() {
        return goal.words();
    }
}
