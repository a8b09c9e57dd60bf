package dev.threadlab.importer;

import dev.threadlab.engine.model.Scenario;

import java.util.List;

/** An imported program: its scenario, and notes on what was modelled approximately (e.g. an unknown call). */
public record ImportResult(Scenario scenario, List<SourceProblem> notes) {

    public ImportResult {
        notes = List.copyOf(notes);
    }
}
