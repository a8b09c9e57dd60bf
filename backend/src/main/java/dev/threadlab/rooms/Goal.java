package dev.threadlab.rooms;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * What a challenge asks of a submitted scenario, in terms the engine can check. JSON (by Jackson, {@code kind} naming
 * the record): {@code {"kind":"noLostUpdates"}}, {@code {"kind":"noDeadlock"}},
 * {@code {"kind":"finishesUnderMs","ms":2000}}, {@code {"kind":"variableEquals","name":"counter","value":6}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
public sealed interface Goal {

    /** The name used in JSON ({@code kind}). */
    default String kind() {
        return getClass().getAnnotation(JsonTypeName.class).value();
    }

    /** The goal as a teacher says it: "no lost updates under any schedule", "the counter ends at 10". */
    String words();

    /** {@code 5000} → "5 s", {@code 2.5} → "2.5 ms": a duration in virtual milliseconds, with its unit. */
    static String duration(double ms) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.###",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        return ms >= 1000 ? f.format(ms / 1000) + " s" : f.format(ms) + " ms";
    }

    /** No int loses an update: under every schedule when the explorer can enumerate them all, else in the run. */
    @JsonTypeName("noLostUpdates")
    record NoLostUpdates() implements Goal {
        @Override
        public String words() {
            return "no lost updates under any schedule";
        }
    }

    /** The run does not end in a deadlock (under every schedule when they can be enumerated). */
    @JsonTypeName("noDeadlock")
    record NoDeadlock() implements Goal {
        @Override
        public String words() {
            return "no deadlock under any schedule";
        }
    }

    /** The run completes in under {@code ms} milliseconds of virtual time. */
    @JsonTypeName("finishesUnderMs")
    record FinishesUnderMs(double ms) implements Goal {
        public FinishesUnderMs {
            if (!(ms > 0)) {
                throw new IllegalArgumentException("ms must be positive");
            }
        }

        /** Any JSON number (an integer too). */
        @JsonCreator
        static FinishesUnderMs read(@JsonProperty("ms") Number ms) {
            return new FinishesUnderMs(CommandField.MS.present(ms).doubleValue());
        }

        @Override
        public String words() {
            return "finishes in under " + Goal.duration(ms);
        }
    }

    /** The main process's int {@code name} ends with {@code value} (under every schedule when enumerable). */
    @JsonTypeName("variableEquals")
    record VariableEquals(String name, long value) implements Goal {
        public VariableEquals {
            if (name == null || name.isBlank() || name.length() > 100) {
                throw new IllegalArgumentException("name must name an int object");
            }
        }

        /** Any JSON number, its integer part (as clients have always been read). */
        @JsonCreator
        static VariableEquals read(@JsonProperty("name") String name, @JsonProperty("value") Number value) {
            return new VariableEquals(CommandField.NAME.text(name), CommandField.VALUE.present(value).longValue());
        }

        @Override
        public String words() {
            return "the " + name + " ends at " + value + " under any schedule";
        }
    }
}
