package dev.threadlab.engine;

/**
 * Which executions an exploration (and a replay of its witnesses) takes into account (docs/DESIGN.md §3.1).
 */
public enum Timing {
    /**
     * Every execution CPython permits: durations order nothing, a switch may happen at every eval breaker (under the
     * GIL) or every instruction (free-threaded), a timed wait may time out at any moment while it is blocked.
     */
    ANY("any"),
    /** Only the choices the simulated clock leaves open: threads that are ready at the same virtual instant. */
    SIMULATED("simulated");

    private final String json;

    Timing(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    /** The timing named {@code json}, or null when there is none of that name. */
    public static Timing fromJson(String json) {
        for (Timing t : values()) {
            if (t.json.equals(json)) {
                return t;
            }
        }
        return null;
    }
}
