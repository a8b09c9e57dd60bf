package dev.threadlab.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The condition of a {@code spinUntil}: comparisons of shared ints and int literals joined by {@code and} (binding
 * tighter) and {@code or}, as Python reads them: {@code flag1 == 0 or turn == 0}. No parentheses, no {@code not}.
 *
 * @param anyOf disjuncts, each a conjunction of comparisons
 */
public record Condition(List<List<Comparison>> anyOf) {

    /** {@code left op right}; an operand is an int object's id or an int literal. */
    public record Comparison(String left, Expression.Comparison op, String right) {
    }

    private static final Pattern COMPARISON =
            Pattern.compile("\\s*(-?\\d+|[A-Za-z_]\\w*)\\s*(==|!=|<=|>=|<|>)\\s*(-?\\d+|[A-Za-z_]\\w*)\\s*");

    public Condition {
        anyOf = anyOf.stream().map(List::copyOf).toList();
    }

    /** The parsed condition, or empty if {@code text} is not of that shape. */
    public static Optional<Condition> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<List<Comparison>> anyOf = new ArrayList<>();
        for (String disjunct : text.split("\\bor\\b", -1)) {
            List<Comparison> all = new ArrayList<>();
            for (String part : disjunct.split("\\band\\b", -1)) {
                Matcher m = COMPARISON.matcher(part);
                if (!m.matches()) {
                    return Optional.empty();
                }
                all.add(new Comparison(m.group(1), Expression.Comparison.of(m.group(2)).orElseThrow(), m.group(3)));
            }
            anyOf.add(all);
        }
        return Optional.of(new Condition(anyOf));
    }

    /** Every operand that is a name rather than a literal. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (List<Comparison> all : anyOf) {
            for (Comparison c : all) {
                for (String operand : List.of(c.left(), c.right())) {
                    if (!Expr.isLiteral(operand) && !out.contains(operand)) {
                        out.add(operand);
                    }
                }
            }
        }
        return out;
    }
}
