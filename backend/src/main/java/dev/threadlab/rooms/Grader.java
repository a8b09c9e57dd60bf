package dev.threadlab.rooms;

import dev.threadlab.engine.Outcome;
import dev.threadlab.engine.RunError;
import dev.threadlab.engine.RunSummary;
import dev.threadlab.engine.explore.Exploration;
import dev.threadlab.engine.explore.OutcomeClass;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/**
 * Grades a submitted scenario against a challenge's {@link Goal} with the engine. Goals about every schedule
 * ({@code noLostUpdates}, {@code noDeadlock}, {@code variableEquals}) use the explorer when it can enumerate all
 * schedules (up to {@value #MAX_SCHEDULES}) and fall back to the scenario's own run otherwise; {@code finishesUnderMs}
 * is about the run. Every verdict says how it was checked.
 */
public final class Grader {

    static final int MAX_SCHEDULES = 50_000;

    private final ChallengeEngine engine;

    public Grader(ChallengeEngine engine) {
        this.engine = engine;
    }

    public Verdict grade(JsonNode scenario, Goal goal) {
        try {
            return switch (goal) {
                case Goal.FinishesUnderMs g -> finishesUnder(engine.run(scenario), g.ms());
                case Goal.NoLostUpdates _, Goal.NoDeadlock _, Goal.VariableEquals _ -> everySchedule(scenario, goal);
            };
        } catch (IllegalArgumentException e) {
            return Verdict.error("The scenario cannot run: " + e.getMessage());
        }
    }

    private Verdict everySchedule(JsonNode scenario, Goal goal) {
        Optional<Exploration> explored = engine.explore(scenario, MAX_SCHEDULES);
        if (explored.isPresent() && explored.get().complete()) {
            Exploration all = explored.get();
            // Each outcome counts the schedules that reach it; their sum is every schedule (the explorer's
            // own run count is smaller: with reduction it cuts runs whose future it already knows).
            long schedules = all.outcomes().stream().mapToLong(OutcomeClass::count).sum();
            String method = "all " + schedules + " schedules";
            for (OutcomeClass outcome : all.outcomes()) {
                String problem = problem(goal, engineSummaryFor(scenario, goal, outcome), outcome);
                if (problem != null) {
                    return Verdict.failed(problem + " (reached by " + outcome.count() + " of " + schedules
                            + " schedules)", method);
                }
            }
            return Verdict.passed(success(goal) + " under every one of the " + schedules + " schedules.", method);
        }
        if (explored.isPresent()) {
            // not every schedule was explored, but a counterexample found is one
            for (OutcomeClass outcome : explored.get().outcomes()) {
                String problem = problem(goal, engineSummaryFor(scenario, goal, outcome), outcome);
                if (problem != null) {
                    return Verdict.failed(problem, "exploring " + explored.get().schedules()
                            + " schedules (not all of them)");
                }
            }
        }
        RunSummary run = engine.run(scenario);
        String method = "one run (the scenario's seed)";
        String problem = problem(goal, run, null);
        return problem == null ? Verdict.passed(success(goal) + " in this run; too many schedules to check them all.",
                method) : Verdict.failed(problem, method);
    }

    /** Lost updates are not part of an outcome class: replay its witness to count them. */
    private RunSummary engineSummaryFor(JsonNode scenario, Goal goal, OutcomeClass outcome) {
        return goal instanceof Goal.NoLostUpdates ? engine.replay(scenario, outcome.witness()) : null;
    }

    /** What violates the goal in this run (or outcome class), or null when it holds. */
    static String problem(Goal goal, RunSummary run, OutcomeClass outcome) {
        Outcome ended = outcome != null ? outcome.outcome() : run.outcome();
        return switch (goal) {
            case Goal.NoLostUpdates _ -> run.lostUpdates().values().stream().anyMatch(n -> n > 0)
                    ? "Updates were lost: " + run.lostUpdates() + "." : null;
            case Goal.NoDeadlock _ -> ended == Outcome.DEADLOCK ? "The threads deadlocked"
                    + (run != null && run.deadlock() != null ? ": " + run.deadlock() : "") + "." : null;
            case Goal.VariableEquals g -> {
                Long value = (outcome != null ? outcome.variables() : run.variables()).get(g.name());
                yield value == null ? "There is no int named \"" + g.name() + "\"."
                        : value != g.value() ? g.name() + " ended as " + value + ", not " + g.value() + "." : null;
            }
            case Goal.FinishesUnderMs _ -> throw new IllegalStateException("finishesUnderMs is graded by its run");
        };
    }

    private static Verdict finishesUnder(RunSummary run, double ms) {
        String method = "one run (the scenario's seed)";
        if (run.outcome() != Outcome.COMPLETED) {
            return Verdict.failed("The run did not complete: it ended with " + run.outcome().json()
                    + firstError(run.errors()) + ".", method);
        }
        return run.elapsedMs() < ms
                ? Verdict.passed("Finished in " + run.elapsedMs() + " ms of virtual time, under " + ms + " ms.", method)
                : Verdict.failed("Took " + run.elapsedMs() + " ms of virtual time; the goal is under " + ms + " ms.",
                method);
    }

    private static String firstError(List<RunError> errors) {
        if (errors.isEmpty()) {
            return "";
        }
        RunError e = errors.getFirst();
        return " (" + e.thread() + " raised " + e.type() + ": " + e.message() + ")";
    }

    private static String success(Goal goal) {
        return switch (goal) {
            case Goal.NoLostUpdates _ -> "No update was lost";
            case Goal.NoDeadlock _ -> "No deadlock";
            case Goal.VariableEquals g -> g.name() + " ended as " + g.value();
            case Goal.FinishesUnderMs g -> "Finished under " + g.ms() + " ms";
        };
    }
}
