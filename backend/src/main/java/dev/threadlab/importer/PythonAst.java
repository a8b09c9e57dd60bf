package dev.threadlab.importer;

import dev.threadlab.api.ProblemException;
import dev.threadlab.export.Resources;
import dev.threadlab.reality.PythonSandbox;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CPython's own parser, run in the machine's {@code python3} through {@link PythonSandbox}: the program is read on
 * the parser's standard input and parsed with {@code ast}, never run. Answers the syntax tree as JSON, each node with
 * its line and column, and the program's comments by line (the exporter marks I/O with one).
 */
public final class PythonAst {

    /** The parser script, kept beside the code ({@code importer/parse.py}). */
    private static final String PARSER = Resources.read("importer/parse.py");
    /** Bytes of parser output kept: a tree of the largest program accepted fits many times over. */
    private static final int MAX_OUTPUT = 16 * 1024 * 1024;

    /** The parser refuses code nested more than 200 levels; each level is at most a few JSON levels. */
    private static final int MAX_JSON_DEPTH = 2_000;

    /** The shell's exit status when the interpreter is not found. */
    private static final int COMMAND_NOT_FOUND = 127;

    private final PythonSandbox sandbox;
    private final JsonMapper mapper;

    public PythonAst(PythonSandbox sandbox) {
        this.sandbox = sandbox;
        this.mapper = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
                .streamReadConstraints(tools.jackson.core.StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH)
                        .build()).build()).build();
    }

    /** A parsed program: its {@code Module} node and the text of each comment by line. */
    public record Parsed(JsonNode module, Map<Integer, String> comments) {
    }

    /** The program's tree; {@link ImportFailure} for a syntax error or nesting too deep, at its line and column. */
    public Parsed parse(String source) {
        PythonSandbox.ScriptRun run = sandbox.run(PARSER, List.of(), source.getBytes(StandardCharsets.UTF_8), MAX_OUTPUT);
        if (run.timedOut()) {
            throw new ProblemException(422, "Program too hard to parse",
                    "Parsing the program took longer than the time allowed; paste a shorter program.");
        }
        if (run.exitCode() == COMMAND_NOT_FOUND) {
            throw new ProblemException(503, "Python is not installed", "The importer parses programs with CPython's "
                    + "own parser, and the server has no Python to run it (install python3, or set LAB_PYTHON).");
        }
        if (run.exitCode() != 0 || run.stdoutCut()) {
            throw new ProblemException(422, "Program too hard to parse", "CPython's parser could not read the program "
                    + "within its limits (nesting, size or memory); paste a simpler program.");
        }
        JsonNode out;
        try {
            out = mapper.readTree(run.stdout());
        } catch (JacksonException e) {
            throw new ProblemException(422, "Program too hard to parse",
                    "The parser's answer was too deeply nested to read; the program is nested too deeply.");
        }
        JsonNode error = out.path("error");
        if (error.isObject()) {
            throw new ImportFailure(List.of(new SourceProblem(error.path("line").asInt(1),
                    Math.max(1, error.path("column").asInt(1)), "syntax error: " + error.path("message").asString(""))));
        }
        Map<Integer, String> comments = new HashMap<>();
        out.path("comments").properties().forEach(e -> comments.put(Integer.parseInt(e.getKey()), e.getValue().asString()));
        return new Parsed(out.path("tree"), comments);
    }
}
