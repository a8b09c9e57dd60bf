package dev.threadlab.engine.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.UnaryOperator;

/**
 * The condition of an {@code if} or a {@code while}: a Python expression over shared ints, locals, constants and the
 * results of calls on primitives ({@code lock.acquire(blocking=False)}, {@code event.wait(0.5)}, {@code q.empty()}),
 * combined with comparisons, {@code not}, {@code and} and {@code or} as Python reads them. {@link #parse} reads the
 * text a scenario holds; {@link #text} writes it back in one canonical spelling (the importer writes that spelling,
 * so that a round trip gives the same text).
 */
public sealed interface Expression {

    /** An int constant. */
    record Int(long value) implements Expression {
    }

    /** {@code True} or {@code False}. */
    record Bool(boolean value) implements Expression {
    }

    /** {@code None}. */
    record None() implements Expression {
    }

    /** A shared int object's id or a local's name. */
    record Name(String id) implements Expression {
    }

    /**
     * A call on a primitive whose result is the expression's value.
     *
     * @param blocking  {@code acquire(blocking=...)}, null for the default
     * @param timeoutMs {@code acquire(timeout=...)} or {@code wait(timeout)} in milliseconds, null for none
     */
    record Call(String target, Method method, Boolean blocking, Double timeoutMs) implements Expression {
    }

    /** {@code not operand}. */
    record Not(Expression operand) implements Expression {
    }

    /** {@code a and b and ...} (or {@code or}): Python's short-circuit, each operand at most once, left to right. */
    record Logic(boolean and, List<Expression> operands) implements Expression {
        public Logic {
            operands = List.copyOf(operands);
        }
    }

    /** {@code left op right}. */
    record Compare(Expression left, Comparison op, Expression right) implements Expression {
    }

    /** The primitive methods a condition may call. */
    enum Method {
        ACQUIRE("acquire"), WAIT("wait"), IS_SET("is_set"), LOCKED("locked"), QSIZE("qsize"), EMPTY("empty"),
        FULL("full"), IS_ALIVE("is_alive");

        private final String python;

        Method(String python) {
            this.python = python;
        }

        public String python() {
            return python;
        }

        static Optional<Method> of(String python) {
            for (Method m : values()) {
                if (m.python.equals(python)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
    }

    /** Python's comparison operators ({@code is} and {@code is not} compare with None). */
    enum Comparison {
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), IS("is"), IS_NOT("is not");

        private final String python;

        Comparison(String python) {
            this.python = python;
        }

        public String python() {
            return python;
        }

        /** The operator Python writes as {@code python}, if there is one. */
        public static Optional<Comparison> of(String python) {
            return java.util.Arrays.stream(values()).filter(c -> c.python.equals(python)).findFirst();
        }
    }

    /** How names and durations are written: as the scenario holds them, or as an exported script spells them. */
    record Spelling(UnaryOperator<String> name, DoubleFunction<String> seconds) {

        /** The scenario's own spelling: ids as they are, durations in seconds. */
        public static final Spelling LAB = new Spelling(UnaryOperator.identity(), Expression::seconds);
    }

    /** Parsing's answer: the expression, or the problem. */
    record Parsed(Expression expression, String problem) {

        public Optional<Expression> value() {
            return Optional.ofNullable(expression);
        }
    }

    /** Reads {@code text}; the problem says what is wrong and at which character. */
    static Parsed read(String text) {
        return ExpressionParser.parse(text);
    }

    /** The canonical text, as a scenario holds it. */
    default String text() {
        return text(Spelling.LAB);
    }

    /** The text in {@code spelling}, with the fewest parentheses Python needs. */
    default String text(Spelling spelling) {
        return ExpressionText.write(this, spelling);
    }

    /** The same expression with every name (shared int, local, call target) replaced by {@code rename}. */
    default Expression rename(UnaryOperator<String> rename) {
        return switch (this) {
            case Int i -> i;
            case Bool b -> b;
            case None n -> n;
            case Name(String id) -> new Name(rename.apply(id));
            case Call c -> new Call(rename.apply(c.target()), c.method(), c.blocking(), c.timeoutMs());
            case Not(Expression operand) -> new Not(operand.rename(rename));
            case Logic l -> new Logic(l.and(), l.operands().stream().map(o -> o.rename(rename)).toList());
            case Compare c -> new Compare(c.left().rename(rename), c.op(), c.right().rename(rename));
        };
    }

    /** Every name the expression reads (shared ints and locals), in order, once each. */
    default List<String> names() {
        List<String> out = new ArrayList<>();
        visit(this, e -> {
            if (e instanceof Name(String id) && !out.contains(id)) {
                out.add(id);
            }
        });
        return out;
    }

    /** Every call, in order. */
    default List<Call> calls() {
        List<Call> out = new ArrayList<>();
        visit(this, e -> {
            if (e instanceof Call c) {
                out.add(c);
            }
        });
        return out;
    }

    /** Calls {@code visitor} on {@code e} and every expression inside it, left to right. */
    private static void visit(Expression e, java.util.function.Consumer<Expression> visitor) {
        visitor.accept(e);
        switch (e) {
            case Int i -> { }
            case Bool b -> { }
            case None n -> { }
            case Name n -> { }
            case Call c -> { }
            case Not(Expression operand) -> visit(operand, visitor);
            case Logic l -> l.operands().forEach(o -> visit(o, visitor));
            case Compare c -> {
                visit(c.left(), visitor);
                visit(c.right(), visitor);
            }
        }
    }

    /** Milliseconds as Python seconds, without a trailing {@code .0}: 500 → {@code 0.5}, 1000 → {@code 1}. */
    static String seconds(double ms) {
        return BigDecimal.valueOf(ms).movePointLeft(3).stripTrailingZeros().toPlainString();
    }
}
