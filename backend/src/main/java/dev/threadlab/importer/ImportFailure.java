package dev.threadlab.importer;

import java.util.List;

/** The program cannot be imported: every construct the lab cannot model, each at its line and column (HTTP 422). */
public final class ImportFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<SourceProblem> problems;

    public ImportFailure(List<SourceProblem> problems) {
        super(problems.isEmpty() ? "the program cannot be imported" : describe(problems.getFirst()), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<SourceProblem> problems() {
        return problems;
    }

    static String describe(SourceProblem p) {
        return "line " + p.line() + ":" + p.column() + ": " + p.message();
    }
}
