package dev.threadlab.engine.model;

import java.util.List;

/**
 * A scenario, mirroring docs/DESIGN.md §2 ({@code "schema": 1}). Immutable; null lists become empty and a null runtime
 * becomes {@link RuntimeConfig#defaults()}. Validity is checked by
 * {@link dev.threadlab.engine.validate.Validator}, not here.
 */
public record Scenario(int schema, String title, String notes, RuntimeConfig runtime, List<ObjectDecl> objects,
                       List<ProcessDecl> processes, List<ThreadDecl> threads) {

    public static final int SCHEMA = 1;

    public Scenario {
        runtime = runtime == null ? RuntimeConfig.defaults() : runtime;
        objects = objects == null ? List.of() : List.copyOf(objects);
        processes = processes == null ? List.of() : List.copyOf(processes);
        threads = threads == null ? List.of() : List.copyOf(threads);
    }

    /** A schema-1 scenario without title or notes. */
    public static Scenario of(RuntimeConfig runtime, List<ObjectDecl> objects, List<ProcessDecl> processes,
                              List<ThreadDecl> threads) {
        return new Scenario(SCHEMA, "", "", runtime, objects, processes, threads);
    }

    public Scenario withRuntime(RuntimeConfig r) {
        return new Scenario(schema, title, notes, r, objects, processes, threads);
    }
}
