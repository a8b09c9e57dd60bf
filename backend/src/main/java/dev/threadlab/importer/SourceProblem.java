package dev.threadlab.importer;

/**
 * A place in the pasted program and what the importer says about it: a construct it cannot model (and what to write
 * instead), or a note on how it modelled one.
 *
 * @param line   1-based line
 * @param column 1-based column
 */
public record SourceProblem(int line, int column, String message) {
}
