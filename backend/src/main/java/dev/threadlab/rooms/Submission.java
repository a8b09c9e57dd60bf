package dev.threadlab.rooms;

import tools.jackson.databind.JsonNode;

/**
 * A student's submitted scenario for the current challenge, with its verdict once graded.
 *
 * @param verdict null while grading
 */
public record Submission(String id, String challengeId, String memberId, String name, JsonNode scenario,
                         long submittedAt, Verdict verdict) {

    public Submission withVerdict(Verdict v) {
        return new Submission(id, challengeId, memberId, name, scenario, submittedAt, v);
    }
}
