package dev.threadlab.engine.model;

/** How a choice among several candidate threads is made when no schedule forces it. */
public enum Policy {
    /** A seeded {@link java.util.SplittableRandom} picks uniformly among the candidates. */
    RANDOM("random"),
    /** The candidate that has waited longest goes first. */
    FIFO("fifo");

    private final String json;

    Policy(String json) {
        this.json = json;
    }

    /** The name used in the scenario JSON. */
    public String json() {
        return json;
    }

    /** The constant whose JSON name is {@code name}; {@link IllegalArgumentException} if none. */
    public static Policy fromJson(String name) {
        for (Policy p : values()) {
            if (p.json.equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown policy \"" + name + "\"; expected \"random\" or \"fifo\"");
    }
}
