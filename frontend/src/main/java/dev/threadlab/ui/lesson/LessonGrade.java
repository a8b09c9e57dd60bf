package dev.threadlab.ui.lesson;

import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Optional;

/**
 * Grades a run summary against a preset's {@code lesson.expect} list, jcstress style: the first
 * expectation whose {@code when} holds gives the grade (acceptable / interesting / forbidden) and
 * its description. Mirrors the vocabulary of the backend's lesson format.
 */
public record LessonGrade(String grade, String description) {

    public static Optional<LessonGrade> of(JsonNode lesson, JsonNode summary) {
        for (JsonNode expectation : lesson.path("expect")) {
            if (matches(expectation.path("when"), summary)) {
                return Optional.of(new LessonGrade(expectation.path("grade").asString("acceptable"),
                        expectation.path("description").asString("")));
            }
        }
        return Optional.empty();
    }

    static boolean matches(JsonNode when, JsonNode summary) {
        if (when.has("outcome") && !when.path("outcome").asString("").equals(summary.path("outcome").asString(""))) {
            return false;
        }
        for (Map.Entry<String, JsonNode> v : when.path("variables").properties()) {
            JsonNode actual = summary.path("variables").path(v.getKey());
            if (actual.isMissingNode() || actual.asLong() != v.getValue().asLong()) {
                return false;
            }
        }
        if (when.has("lostUpdates")) {
            long lost = 0;
            for (JsonNode n : summary.path("lostUpdates")) {
                lost += n.asLong();
            }
            boolean some = "some".equals(when.path("lostUpdates").asString(""));
            if (some != (lost > 0)) {
                return false;
            }
        }
        if (when.has("errorType")) {
            String type = when.path("errorType").asString("");
            boolean found = false;
            for (JsonNode e : summary.path("errors")) {
                found |= type.equals(e.path("type").asString(""));
            }
            if (!found) {
                return false;
            }
        }
        double elapsed = summary.path("elapsedMs").asDouble();
        if (when.has("elapsedMsAtMost") && elapsed > when.path("elapsedMsAtMost").asDouble()) {
            return false;
        }
        return !when.has("elapsedMsAtLeast") || elapsed >= when.path("elapsedMsAtLeast").asDouble();
    }
}
