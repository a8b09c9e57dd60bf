package dev.threadlab.rooms;

/**
 * How a submission was graded.
 *
 * @param status      {@code passed}, {@code failed}, or {@code error} (the scenario could not be graded: invalid, or
 *                    the grader was busy or unavailable)
 * @param explanation one or two sentences for the student and the teacher's dashboard
 * @param method      how it was checked: {@code "all N schedules"}, {@code "one run (the scenario's seed)"} or
 *                    {@code "not graded"} (with {@code error})
 */
public record Verdict(String status, String explanation, String method) {

    public static final String PASSED = "passed";
    public static final String FAILED = "failed";
    public static final String ERROR = "error";

    public static Verdict passed(String explanation, String method) {
        return new Verdict(PASSED, explanation, method);
    }

    public static Verdict failed(String explanation, String method) {
        return new Verdict(FAILED, explanation, method);
    }

    public static Verdict error(String explanation) {
        return new Verdict(ERROR, explanation, "not graded");
    }
}
