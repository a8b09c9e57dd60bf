package dev.threadlab.engine.model;

/** The interpreter being simulated (docs/DESIGN.md §2 {@code runtime.model}). */
public enum Model {
    /** CPython with the Global Interpreter Lock: one thread of a process runs Python code at a time. */
    GIL("gil"),
    /** CPython 3.13t: no GIL, threads of a process run in parallel up to {@code cores}. */
    FREE_THREADED("free-threaded");

    private final String json;

    Model(String json) {
        this.json = json;
    }

    /** The name used in the scenario JSON. */
    public String json() {
        return json;
    }

    /** The constant whose JSON name is {@code name}; {@link IllegalArgumentException} if none. */
    public static Model fromJson(String name) {
        for (Model m : values()) {
            if (m.json.equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown model \"" + name + "\"; expected \"gil\" or \"free-threaded\"");
    }
}
