package dev.threadlab.rooms;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * How a submission was graded.
 *
 * @param status      {@code passed}, {@code failed}, or {@code error} (the scenario could not be graded: invalid, or
 *                    the grader was busy or unavailable)
 * @param explanation one or two sentences for the student and the teacher's dashboard
 * @param method      how it was checked: {@code "all N schedules"}, {@code "one run (the scenario's seed)"} or
 *                    {@code "not graded"} (with {@code error})
 */
public record Verdict(Verdict.Status status, String explanation, String method) {

    /** Passed, failed, or error: the scenario could not be graded. */
    public enum Status {
        PASSED, FAILED, ERROR;

        /** The name in ROOMS.md ({@code verdict.status}) and in the database's stored verdicts. */
        @JsonValue
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static Verdict passed(String explanation, String method) {
        return new Verdict(Status.PASSED, explanation, method);
    }

    public static Verdict failed(String explanation, String method) {
        return new Verdict(Status.FAILED, explanation, method);
    }

    public static Verdict error(String explanation) {
        return new Verdict(Status.ERROR, explanation, "not graded");
    }
}
