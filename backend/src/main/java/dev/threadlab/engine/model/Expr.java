package dev.threadlab.engine.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value of a {@code write} or {@code put}: an int literal, a local name, or {@code a + b} / {@code a - b} of those.
 *
 * @param left  literal or local name
 * @param sign  {@code +1}, {@code -1}, or 0 when there is no right operand
 * @param right literal or local name, or null
 */
public record Expr(String left, int sign, String right) {

    private static final Pattern SHAPE =
            Pattern.compile("\\s*(-?\\d+|[A-Za-z_]\\w*)\\s*(?:([+-])\\s*(\\d+|[A-Za-z_]\\w*)\\s*)?");

    /** The parsed expression, or empty if {@code text} is not one of the allowed shapes. */
    public static Optional<Expr> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int sign = m.group(2) == null ? 0 : ("+".equals(m.group(2)) ? 1 : -1);
        return Optional.of(new Expr(m.group(1), sign, m.group(3)));
    }

    /** True if {@code operand} is an int literal rather than a local name. */
    public static boolean isLiteral(String operand) {
        return operand != null && !operand.isEmpty() && (Character.isDigit(operand.charAt(0)) || operand.charAt(0) == '-');
    }
}
