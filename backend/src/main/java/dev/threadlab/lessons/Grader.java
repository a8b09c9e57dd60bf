package dev.threadlab.lessons;

import dev.threadlab.lessons.Lesson.Expectation;
import dev.threadlab.lessons.Lesson.Grade;
import dev.threadlab.lessons.Lesson.When;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Grades a run against a lesson's expectations: the first expectation, in the lesson's order, whose
 * condition holds decides. A run no expectation describes is {@code unclassified}: the lesson's author
 * did not foresee it, which is worth showing rather than hiding.
 */
public final class Grader {

    private Grader() {
    }

    /** The verdict on one run: the grade of the expectation that decided ({@code expectation}, its index), if any. */
    public record Verdict(Grade grade, String description, int expectation) {

        static final Verdict UNCLASSIFIED = new Verdict(Grade.UNCLASSIFIED,
                "This outcome is not described by the lesson.", -1);
    }

    public static Verdict grade(Lesson lesson, Observed run) {
        List<Expectation> expectations = lesson.expect();
        for (int i = 0; i < expectations.size(); i++) {
            Expectation e = expectations.get(i);
            if (holds(e.when(), run)) {
                return new Verdict(e.grade(), e.description(), i);
            }
        }
        return Verdict.UNCLASSIFIED;
    }

    public static boolean holds(When when, Observed run) {
        return (when.outcome() == null || when.outcome().equals(run.outcome()))
                && variablesMatch(when.variables(), run.variables())
                && lostUpdatesMatch(when.lostUpdates(), run.totalLostUpdates())
                && (when.errorType() == null || run.errorTypes().contains(when.errorType()))
                && (when.elapsedMsAtMost() == null || Double.isNaN(run.elapsedMs())
                    || run.elapsedMs() <= when.elapsedMsAtMost())
                && (when.elapsedMsAtLeast() == null || Double.isNaN(run.elapsedMs())
                    || run.elapsedMs() >= when.elapsedMsAtLeast());
    }

    private static boolean variablesMatch(Map<String, Long> expected, Map<String, Long> actual) {
        return expected.entrySet().stream().allMatch(e -> Objects.equals(actual.get(e.getKey()), e.getValue()));
    }

    private static boolean lostUpdatesMatch(String expected, long total) {
        return expected == null || (expected.equals("some") ? total > 0 : total == 0);
    }
}
