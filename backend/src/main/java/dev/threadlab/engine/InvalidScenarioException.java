package dev.threadlab.engine;

import dev.threadlab.engine.validate.Problem;

import java.util.List;

/** Thrown by {@link Simulator#run} for a scenario the {@link dev.threadlab.engine.validate.Validator} refuses. */
public final class InvalidScenarioException extends IllegalArgumentException {

    private final transient List<Problem> problems;

    public InvalidScenarioException(List<Problem> problems) {
        super(problems.size() + " problem(s), first: " + problems.getFirst());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
