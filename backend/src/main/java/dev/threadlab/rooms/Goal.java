package dev.threadlab.rooms;

/**
 * What a challenge asks of a submitted scenario, in terms the engine can check. JSON:
 * {@code {"kind":"noLostUpdates"}}, {@code {"kind":"noDeadlock"}}, {@code {"kind":"finishesUnderMs","ms":2000}},
 * {@code {"kind":"variableEquals","name":"counter","value":6}}.
 */
public sealed interface Goal {

    /** The name used in JSON. */
    String kind();

    /** The goal as a teacher says it: "no lost updates under any schedule", "the counter ends at 10". */
    String words();

    /** {@code 5000} → "5 s", {@code 2.5} → "2.5 ms": a duration in virtual milliseconds, with its unit. */
    static String duration(double ms) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.###",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        return ms >= 1000 ? f.format(ms / 1000) + " s" : f.format(ms) + " ms";
    }

    /** No int loses an update: under every schedule when the explorer can enumerate them all, else in the run. */
    record NoLostUpdates() implements Goal {
        @Override
        public String kind() {
            return "noLostUpdates";
        }

        @Override
        public String words() {
            return "no lost updates under any schedule";
        }
    }

    /** The run does not end in a deadlock (under every schedule when they can be enumerated). */
    record NoDeadlock() implements Goal {
        @Override
        public String kind() {
            return "noDeadlock";
        }

        @Override
        public String words() {
            return "no deadlock under any schedule";
        }
    }

    /** The run completes in under {@code ms} milliseconds of virtual time. */
    record FinishesUnderMs(double ms) implements Goal {
        public FinishesUnderMs {
            if (!(ms > 0)) {
                throw new IllegalArgumentException("ms must be positive");
            }
        }

        @Override
        public String kind() {
            return "finishesUnderMs";
        }

        @Override
        public String words() {
            return "finishes in under " + Goal.duration(ms);
        }
    }

    /** The main process's int {@code name} ends with {@code value} (under every schedule when enumerable). */
    record VariableEquals(String name, long value) implements Goal {
        public VariableEquals {
            if (name == null || name.isBlank() || name.length() > 100) {
                throw new IllegalArgumentException("name must name an int object");
            }
        }

        @Override
        public String kind() {
            return "variableEquals";
        }

        @Override
        public String words() {
            return "the " + name + " ends at " + value + " under any schedule";
        }
    }
}
