package dev.threadlab.importer;

import dev.threadlab.engine.model.Scenario;

import java.util.List;

/**
 * An imported program: its scenario, notes on what was modelled approximately (e.g. an unknown call), and the source
 * line each step came from, by the step's path ({@code threads[0].body[2]}).
 */
public record ImportResult(Scenario scenario, List<SourceProblem> notes, java.util.Map<String, Integer> lines) {

    public ImportResult {
        notes = List.copyOf(notes);
        lines = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(lines));
    }
}
