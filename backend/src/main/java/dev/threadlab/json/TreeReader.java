package dev.threadlab.json;

import dev.threadlab.api.ProblemException.FieldError;
import dev.threadlab.engine.validate.DidYouMean;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads values out of an untrusted JSON tree and collects every problem with its JSON path instead of
 * stopping at the first. Each accessor answers empty when the value is missing or wrong, after
 * recording why. Unknown keys are problems (a misspelt {@code timeoutMs} silently ignored would change
 * what a lesson means), except keys starting with {@code x-}, left to editors for their own data.
 */
public final class TreeReader {

    /** A key written after a dot in a path; any other key is written as a quoted JSON string in brackets. */
    private static final java.util.regex.Pattern PLAIN_KEY = java.util.regex.Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");

    private final List<FieldError> problems = new ArrayList<>();

    public List<FieldError> problems() {
        return List.copyOf(problems);
    }

    /** How many problems were recorded so far (without copying them). */
    public int problemCount() {
        return problems.size();
    }

    public void problem(String path, String message) {
        problems.add(new FieldError(path, message));
    }

    public static String at(String path, String key) {
        if (!PLAIN_KEY.matcher(key).matches()) {
            return path + "[" + quote(key) + "]";
        }
        return path.isEmpty() ? key : path + "." + key;
    }

    /** A key or text as a JSON string literal: quotes, backslashes and control characters escaped. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                            || Character.getType(c) == Character.LINE_SEPARATOR
                            || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    public static String at(String path, int index) {
        return path + "[" + index + "]";
    }

    /** Records a problem for each key of {@code node} that is neither allowed nor an {@code x-} extension. */
    public void onlyKeys(JsonNode node, String path, Collection<String> allowed) {
        for (String key : node.propertyNames()) {
            if (!allowed.contains(key) && !key.startsWith("x-")) {
                String hint = DidYouMean.suffix(key, allowed);
                problem(at(path, key), "unknown key " + quote(key) + hint);
            }
        }
    }

    public Optional<JsonNode> object(JsonNode parent, String key, String path, boolean required) {
        return present(parent, key, path, required).filter(n -> expect(n, n.isObject(), at(path, key), "an object"));
    }

    public Optional<JsonNode> array(JsonNode parent, String key, String path, boolean required) {
        return present(parent, key, path, required).filter(n -> expect(n, n.isArray(), at(path, key), "an array"));
    }

    public Optional<String> string(JsonNode parent, String key, String path, boolean required) {
        return present(parent, key, path, required)
                .filter(n -> expect(n, n.isString(), at(path, key), "a string"))
                .map(JsonNode::stringValue);
    }

    public Optional<Boolean> bool(JsonNode parent, String key, String path) {
        return present(parent, key, path, false)
                .filter(n -> expect(n, n.isBoolean(), at(path, key), "true or false"))
                .map(JsonNode::booleanValue);
    }

    /** An integer within [min, max]; fractions, strings and huge numbers are problems. */
    public Optional<Long> integer(JsonNode parent, String key, String path, boolean required, long min, long max) {
        return present(parent, key, path, required).flatMap(n -> integer(n, at(path, key), min, max));
    }

    public Optional<Long> integer(JsonNode node, String path, long min, long max) {
        if (!node.isNumber()) {
            problem(path, "must be an integer, not " + LabJson.describe(node));
            return Optional.empty();
        }
        BigDecimal value = node.decimalValue().stripTrailingZeros();
        if (value.scale() > 0) {
            problem(path, "must be an integer, not " + node);
            return Optional.empty();
        }
        boolean tooBig = value.precision() - value.scale() > 19;
        if (tooBig || value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(path, "must be between " + min + " and " + max + ", not " + node);
            return Optional.empty();
        }
        return Optional.of(value.longValueExact());
    }

    /** {@code schedule}: a run's forced choices, each an index into its choice point's candidates (top level). */
    public List<Integer> schedule(JsonNode body) {
        List<Integer> schedule = new ArrayList<>();
        array(body, "schedule", "", false).ifPresent(choices -> {
            for (int i = 0; i < choices.size(); i++) {
                integer(choices.get(i), at("schedule", i), 0, Integer.MAX_VALUE)
                        .ifPresent(c -> schedule.add(c.intValue()));
            }
        });
        return schedule;
    }

    /** A number within [min, max] (fractions allowed). */
    public Optional<Double> number(JsonNode parent, String key, String path, boolean required, double min, double max) {
        return present(parent, key, path, required).flatMap(n -> {
            if (!n.isNumber()) {
                problem(at(path, key), "must be a number, not " + LabJson.describe(n));
                return Optional.empty();
            }
            BigDecimal exact = n.decimalValue();
            if (exact.compareTo(BigDecimal.valueOf(min)) < 0 || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
                problem(at(path, key), "must be between " + plain(min) + " and " + plain(max) + ", not " + n);
                return Optional.empty();
            }
            double value = exact.doubleValue();
            return Optional.of(value);
        });
    }

    /** A string out of a closed set. */
    public Optional<String> oneOf(JsonNode parent, String key, String path, boolean required, Set<String> values) {
        return string(parent, key, path, required).filter(value -> {
            if (values.contains(value)) {
                return true;
            }
            String hint = DidYouMean.suffix(value, values);
            problem(at(path, key), "must be one of " + String.join(", ", values.stream().sorted().toList())
                    + ", not \"" + value + "\"" + hint);
            return false;
        });
    }

    /** {@code "timing"}: {@code "any"} or {@code "simulated"} (docs/DESIGN.md §3.1), else {@code otherwise}. */
    public dev.threadlab.engine.Timing timing(JsonNode parent, dev.threadlab.engine.Timing otherwise) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (dev.threadlab.engine.Timing t : dev.threadlab.engine.Timing.values()) {
            names.add(t.json());
        }
        return oneOf(parent, "timing", "", false, names).map(dev.threadlab.engine.Timing::fromJson).orElse(otherwise);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private Optional<JsonNode> present(JsonNode parent, String key, String path, boolean required) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            if (required) {
                problem(at(path, key), "is required");
            }
            return Optional.empty();
        }
        return Optional.of(node);
    }

    private boolean expect(JsonNode node, boolean ok, String path, String what) {
        if (!ok) {
            problem(path, "must be " + what + ", not " + LabJson.describe(node));
        }
        return ok;
    }
}
