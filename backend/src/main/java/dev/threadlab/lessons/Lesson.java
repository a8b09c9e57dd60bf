package dev.threadlab.lessons;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a preset teaches: the question to predict before running, and the outcomes graded the way
 * jcstress grades them (acceptable / interesting / forbidden, each with a description).
 *
 * @param fixedVariant id of the preset that fixes this one's problem, or null
 * @param schedulerGoal what to make happen in "you are the scheduler" mode (an acceptable expectation), or null
 */
public record Lesson(String id, String section, String summary, String predict, List<Expectation> expect,
                     String fixedVariant, Expectation schedulerGoal) {

    public Lesson {
        expect = List.copyOf(expect);
    }

    public Optional<String> fixedVariantId() {
        return Optional.ofNullable(fixedVariant);
    }

    /** What the learner should make happen in "you are the scheduler" mode, if the lesson sets a goal. */
    public Optional<Expectation> goal() {
        return Optional.ofNullable(schedulerGoal);
    }

    /**
     * A run's grade, most worrying first (the order explorations list their outcomes in): {@code forbidden},
     * {@code unclassified} (no expectation of the lesson describes the run: its author did not foresee it),
     * {@code interesting}, {@code acceptable}.
     */
    public enum Grade {
        FORBIDDEN, UNCLASSIFIED, INTERESTING, ACCEPTABLE;

        /** The name in lessons' JSON and in verdicts on the wire (the lab's JSON mapper writes a grade so). */
        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Whether a lesson's expectation may give this grade: every one but UNCLASSIFIED, which means none did. */
        public boolean expectable() {
            return switch (this) {
                case FORBIDDEN, INTERESTING, ACCEPTABLE -> true;
                case UNCLASSIFIED -> false;
            };
        }
    }

    /** One graded outcome: when the run matches {@code when}, it earns {@code grade}. */
    public record Expectation(Grade grade, When when, String description) {

        public Expectation {
            if (!grade.expectable()) {
                throw new IllegalArgumentException("an expectation cannot grade a run " + grade.jsonName());
            }
        }
    }

    /**
     * A condition on a run summary; every key given must hold (an empty condition matches every run).
     *
     * @param outcome          {@code completed}, {@code deadlock}, {@code error} or {@code limit}
     * @param variables        each named {@code int} ends with exactly this value
     * @param lostUpdates      {@code "some"}: at least one lost update in total; {@code "none"}: not one
     * @param errorType        some thread ended with this exception type ({@code RuntimeError}, {@code queue.Empty} …)
     * @param elapsedMsAtMost  the run took at most this many virtual milliseconds
     * @param elapsedMsAtLeast the run took at least this many virtual milliseconds
     */
    public record When(String outcome, Map<String, Long> variables, String lostUpdates, String errorType,
                       Double elapsedMsAtMost, Double elapsedMsAtLeast) {

        public When {
            variables = variables == null ? Map.of() : Map.copyOf(variables);
        }
    }
}
