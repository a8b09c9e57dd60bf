package dev.threadlab.importer;

import dev.threadlab.api.ProblemException;
import dev.threadlab.engine.model.Scenario;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;

/**
 * A Python program read into a scenario (issue 19, import half): parsed by CPython's own {@code ast} (never run), read
 * by {@link ProgramReader}, assembled by {@link ScenarioAssembler}. A program with constructs the lab cannot model is
 * refused with all of them ({@link ImportFailure}).
 */
public final class PythonImporter {

    /** Bytes of source accepted: far above any lesson's exported script (about 30 KB). */
    public static final int MAX_SOURCE_BYTES = 256 * 1024;

    private final PythonAst parser;

    public PythonImporter(PythonAst parser) {
        this.parser = parser;
    }

    public ImportResult read(String source) {
        int bytes = source.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_SOURCE_BYTES) {
            throw new ProblemException(413, "Program too large", "The program is " + bytes + " bytes; the importer "
                    + "reads programs of at most " + MAX_SOURCE_BYTES + " bytes.");
        }
        PythonAst.Parsed parsed = parser.parse(source);
        ProgramReader reader = new ProgramReader(parsed.comments());
        reader.read(parsed.module());
        if (!reader.problems.isEmpty()) {
            throw new ImportFailure(reader.problems.stream().distinct()
                    .sorted(Comparator.comparingInt(SourceProblem::line).thenComparingInt(SourceProblem::column)).toList());
        }
        ScenarioAssembler assembler = new ScenarioAssembler(reader);
        Scenario scenario = assembler.assemble();
        return new ImportResult(scenario, reader.notes, assembler.lines(scenario));
    }
}
