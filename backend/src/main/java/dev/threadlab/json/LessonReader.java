package dev.threadlab.json;

import dev.threadlab.lessons.Lesson;
import dev.threadlab.lessons.Lesson.Expectation;
import dev.threadlab.lessons.Lesson.Grade;
import dev.threadlab.lessons.Lesson.When;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a scenario's top-level {@code lesson} object, recording every problem in a {@link TreeReader}. */
public final class LessonReader {

    private static final Set<String> LESSON_KEYS = Set.of("id", "section", "summary", "predict", "expect", "fixedVariant",
            "schedulerGoal");
    private static final Set<String> EXPECT_KEYS = Set.of("grade", "when", "description");
    private static final Set<String> WHEN_KEYS = Set.of("outcome", "variables", "lostUpdates", "errorType",
            "elapsedMsAtMost", "elapsedMsAtLeast");
    private static final Set<String> GRADES = Set.copyOf(java.util.Arrays.stream(Lesson.Grade.values())
            .filter(Lesson.Grade::expectable).map(Lesson.Grade::jsonName).toList());
    private static final Set<String> OUTCOMES = Set.copyOf(java.util.Arrays.stream(dev.threadlab.engine.Outcome.values())
            .map(dev.threadlab.engine.Outcome::json).toList());

    private final TreeReader in;

    public LessonReader(TreeReader in) {
        this.in = in;
    }

    /** The lesson at {@code path}, or empty (with problems recorded) when it is malformed. */
    public Optional<Lesson> read(JsonNode node, String path) {
        if (!node.isObject()) {
            in.problem(path, "must be an object");
            return Optional.empty();
        }
        in.onlyKeys(node, path, LESSON_KEYS);
        Optional<String> id = in.string(node, "id", path, true);
        Optional<String> section = in.string(node, "section", path, false);
        Optional<String> summary = in.string(node, "summary", path, false);
        Optional<String> predict = in.string(node, "predict", path, false);
        Optional<String> fixed = in.string(node, "fixedVariant", path, false);
        List<Expectation> expect = new ArrayList<>();
        in.array(node, "expect", path, false).ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                expectation(items.get(i), TreeReader.at(TreeReader.at(path, "expect"), i)).ifPresent(expect::add);
            }
        });
        Optional<Expectation> goal = schedulerGoal(node, path);
        return id.map(value -> new Lesson(value, section.orElse(""), summary.orElse(""), predict.orElse(""),
                expect, fixed.orElse(null), goal.orElse(null)));
    }

    /**
     * The lesson's optional {@code schedulerGoal: {"description", "when"}}: what the learner should make happen in
     * "you are the scheduler" mode ({@code when} as in {@code expect}). Returned as an acceptable expectation.
     */
    private Optional<Expectation> schedulerGoal(JsonNode lesson, String path) {
        return in.object(lesson, "schedulerGoal", path, false).flatMap(goal -> {
            String at = TreeReader.at(path, "schedulerGoal");
            in.onlyKeys(goal, at, Set.of("when", "description"));
            Optional<When> when = in.object(goal, "when", at, true).map(w -> when(w, TreeReader.at(at, "when")));
            Optional<String> description = in.string(goal, "description", at, true);
            return when.isEmpty() || description.isEmpty() ? Optional.empty()
                    : Optional.of(new Expectation(Grade.ACCEPTABLE, when.get(), description.get()));
        });
    }

    private Optional<Expectation> expectation(JsonNode node, String path) {
        if (!node.isObject()) {
            in.problem(path, "must be an object");
            return Optional.empty();
        }
        in.onlyKeys(node, path, EXPECT_KEYS);
        Optional<Grade> grade = in.oneOf(node, "grade", path, true, GRADES)
                .map(g -> Grade.valueOf(g.toUpperCase(Locale.ROOT)));
        Optional<When> when = in.object(node, "when", path, true).map(w -> when(w, TreeReader.at(path, "when")));
        Optional<String> description = in.string(node, "description", path, true);
        if (grade.isEmpty() || when.isEmpty() || description.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Expectation(grade.get(), when.get(), description.get()));
    }

    private When when(JsonNode node, String path) {
        in.onlyKeys(node, path, WHEN_KEYS);
        Map<String, Long> variables = new LinkedHashMap<>();
        in.object(node, "variables", path, false).ifPresent(vars -> {
            for (Map.Entry<String, JsonNode> e : vars.properties()) {
                String at = TreeReader.at(TreeReader.at(path, "variables"), e.getKey());
                in.integer(e.getValue(), at, Long.MIN_VALUE, Long.MAX_VALUE).ifPresent(v -> variables.put(e.getKey(), v));
            }
        });
        return new When(
                in.oneOf(node, "outcome", path, false, OUTCOMES).orElse(null),
                variables,
                in.oneOf(node, "lostUpdates", path, false, Set.of("some", "none")).orElse(null),
                in.string(node, "errorType", path, false).orElse(null),
                in.number(node, "elapsedMsAtMost", path, false, 0, Double.MAX_VALUE).orElse(null),
                in.number(node, "elapsedMsAtLeast", path, false, 0, Double.MAX_VALUE).orElse(null));
    }
}
