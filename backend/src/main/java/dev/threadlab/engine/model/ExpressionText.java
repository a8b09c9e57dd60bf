package dev.threadlab.engine.model;

import dev.threadlab.engine.model.Expression.Call;
import dev.threadlab.engine.model.Expression.Method;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Writes an {@link Expression} as Python, with the fewest parentheses Python's precedence needs. */
final class ExpressionText {

    private static final int OR = 1;
    private static final int AND = 2;
    private static final int NOT = 3;
    private static final int COMPARE = 4;
    private static final int ATOM = 5;

    private ExpressionText() {
    }

    static String write(Expression e, Expression.Spelling s) {
        return switch (e) {
            case Expression.Int(long value) -> Long.toString(value);
            case Expression.Bool(boolean value) -> value ? "True" : "False";
            case Expression.None n -> "None";
            case Expression.Name(String id) -> s.name().apply(id);
            case Call c -> s.name().apply(c.target()) + "." + c.method().python() + "(" + arguments(c, s) + ")";
            case Expression.Not(Expression operand) -> "not " + child(operand, NOT, s);
            case Expression.Logic l -> l.operands().stream().map(o -> child(o, l.and() ? AND + 1 : OR + 1, s))
                    .collect(Collectors.joining(l.and() ? " and " : " or "));
            case Expression.Compare c -> child(c.left(), ATOM, s) + " " + c.op().python() + " " + child(c.right(), ATOM, s);
        };
    }

    private static String arguments(Call c, Expression.Spelling s) {
        List<String> out = new ArrayList<>();
        if (c.blocking() != null) {
            out.add("blocking=" + (c.blocking() ? "True" : "False"));
        }
        if (c.timeoutMs() != null) {
            String seconds = s.seconds().apply(c.timeoutMs());
            out.add(c.method() == Method.WAIT ? seconds : "timeout=" + seconds);
        }
        return String.join(", ", out);
    }

    private static String child(Expression e, int needed, Expression.Spelling s) {
        String text = write(e, s);
        return precedence(e) < needed ? "(" + text + ")" : text;
    }

    private static int precedence(Expression e) {
        return switch (e) {
            case Expression.Int i -> ATOM;
            case Expression.Bool b -> ATOM;
            case Expression.None n -> ATOM;
            case Expression.Name n -> ATOM;
            case Call c -> ATOM;
            case Expression.Not n -> NOT;
            case Expression.Logic l -> l.and() ? AND : OR;
            case Expression.Compare c -> COMPARE;
        };
    }
}
