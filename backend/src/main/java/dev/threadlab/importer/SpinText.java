package dev.threadlab.importer;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The condition of a busy-wait {@code while not (...): pass} as a {@code spinUntil} writes it, if it has that shape. */
final class SpinText {

    private static final Map<String, String> OPS = Map.of("Eq", "==", "NotEq", "!=", "Lt", "<", "LtE", "<=", "Gt", ">",
            "GtE", ">=");

    private SpinText() {
    }

    static Optional<String> of(JsonNode e, Function<String, Value> lookup) {
        if ("BoolOp".equals(e.path("t").asString())) {
            String op = "Or".equals(e.path("op").path("t").asString()) ? " or " : " and ";
            List<String> parts = new ArrayList<>();
            for (JsonNode v : ProgramReader.list(e.path("values"))) {
                if (op.equals(" and ") && "BoolOp".equals(v.path("t").asString())) {
                    return Optional.empty();   // an `or` inside an `and` needs parentheses the step cannot say
                }
                Optional<String> part = of(v, lookup);
                if (part.isEmpty()) {
                    return Optional.empty();
                }
                parts.add(part.get());
            }
            return Optional.of(String.join(op, parts));
        }
        if ("Compare".equals(e.path("t").asString()) && e.path("ops").size() == 1) {
            Optional<String> l = operand(e.path("left"), lookup);
            Optional<String> r = operand(e.path("comparators").path(0), lookup);
            String op = OPS.get(e.path("ops").path(0).path("t").asString());
            if (l.isPresent() && r.isPresent() && op != null) {
                return Optional.of(l.get() + " " + op + " " + r.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> operand(JsonNode e, Function<String, Value> lookup) {
        if ("Constant".equals(e.path("t").asString()) && e.path("v").isIntegralNumber()) {
            return Optional.of(e.path("v").asString());
        }
        if ("Name".equals(e.path("t").asString()) && lookup.apply(e.path("id").asString()) instanceof Value.Shared) {
            return Optional.of(e.path("id").asString());
        }
        return Optional.empty();
    }
}
