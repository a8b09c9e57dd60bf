package dev.threadlab.engine.model;

import dev.threadlab.engine.model.Expression.Call;
import dev.threadlab.engine.model.Expression.Comparison;
import dev.threadlab.engine.model.Expression.Method;
import dev.threadlab.engine.model.Expression.Parsed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a condition's text by recursive descent, with Python's precedence: {@code or} below {@code and} below
 * {@code not} below one comparison, whose operands are constants, names, calls on primitives or parenthesized
 * expressions. A name may hold hyphens, as the lab's ids do ({@code lock-1.locked()}: a condition has no arithmetic).
 * A problem names the character where reading stopped.
 */
final class ExpressionParser {

    /** Conditions longer than this are refused (a condition is one line of Python). */
    static final int MAX_LENGTH = 500;
    private static final int MAX_NESTING = 40;
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:(\\d+(?:\\.\\d*)?(?:[eE][+-]?\\d+)?|\\.\\d+)|([A-Za-z_]\\w*(?:-\\w+)*)|(==|!=|<=|>=|<|>|[().,=-]))");

    private record Token(String text, int at, boolean number, boolean word) {
    }

    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private final List<Token> tokens;
    private int pos;
    private int depth;

    private ExpressionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            return new Parsed(null, "is empty: write a Python condition such as \"not ready\" or \"q.qsize() > 0\"");
        }
        if (text.length() > MAX_LENGTH) {
            return new Parsed(null, "is longer than " + MAX_LENGTH + " characters");
        }
        try {
            ExpressionParser p = new ExpressionParser(tokens(text));
            Expression e = p.or();
            if (p.pos < p.tokens.size()) {
                throw p.unexpected("the end of the condition");
            }
            return new Parsed(e, null);
        } catch (Failure f) {
            return new Parsed(null, f.getMessage());
        }
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (text.substring(at).isBlank()) {
                break;
            }
            if (!m.find(at) || m.start() != at) {
                throw new Failure("cannot read \"" + text.substring(at).strip().charAt(0) + "\" at character "
                        + (firstNonBlank(text, at) + 1));
            }
            int start = m.start(1) >= 0 ? m.start(1) : m.start(2) >= 0 ? m.start(2) : m.start(3);
            out.add(new Token(text.substring(start, m.end()), start, m.group(1) != null, m.group(2) != null));
            at = m.end();
        }
        return out;
    }

    private static int firstNonBlank(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private Expression or() {
        return logic(false);
    }

    private Expression logic(boolean and) {
        List<Expression> operands = new ArrayList<>();
        operands.add(and ? not() : logic(true));
        while (accept(and ? "and" : "or")) {
            operands.add(and ? not() : logic(true));
        }
        return operands.size() == 1 ? operands.getFirst() : new Expression.Logic(and, operands);
    }

    private Expression not() {
        if (accept("not")) {
            nest();
            Expression e = new Expression.Not(not());
            depth--;
            return e;
        }
        return comparison();
    }

    private Expression comparison() {
        Expression left = operand();
        Comparison op = comparator();
        if (op == null) {
            return left;
        }
        Expression right = operand();
        if (!value(left) || !value(right)) {
            throw new Failure("a comparison compares values, not conditions: write \"(a == b) and c\" as \"a == b and c\"");
        }
        if (comparator() != null) {
            throw new Failure("chained comparisons (a < b < c) are not modelled: write \"a < b and b < c\"");
        }
        if ((op == Comparison.IS || op == Comparison.IS_NOT) && !(right instanceof Expression.None)) {
            throw new Failure("\"" + op.python() + "\" is modelled only to compare with None");
        }
        return new Expression.Compare(left, op, right);
    }

    private static boolean value(Expression e) {
        return !(e instanceof Expression.Not || e instanceof Expression.Logic || e instanceof Expression.Compare);
    }

    private Comparison comparator() {
        if (accept("is")) {
            return accept("not") ? Comparison.IS_NOT : Comparison.IS;
        }
        for (Comparison c : Comparison.values()) {
            if (c != Comparison.IS && c != Comparison.IS_NOT && accept(c.python())) {
                return c;
            }
        }
        return null;
    }

    private Expression operand() {
        Token t = peek("a value");
        if (accept("(")) {
            nest();
            Expression e = or();
            expect(")");
            depth--;
            return e;
        }
        if (accept("-")) {
            return new Expression.Int(-integer());
        }
        if (t.number()) {
            return new Expression.Int(integer());
        }
        if (!t.word()) {
            throw unexpected("a value");
        }
        pos++;
        return switch (t.text()) {
            case "True" -> new Expression.Bool(true);
            case "False" -> new Expression.Bool(false);
            case "None" -> new Expression.None();
            case "and", "or", "not", "is" -> throw new Failure("\"" + t.text() + "\" at character " + (t.at() + 1)
                    + " needs a value before it");
            default -> accept(".") ? call(t.text()) : new Expression.Name(t.text());
        };
    }

    private long integer() {
        Token t = peek("an int");
        if (!t.number() || t.text().contains(".") || t.text().toLowerCase(java.util.Locale.ROOT).contains("e")) {
            throw new Failure("\"" + t.text() + "\" at character " + (t.at() + 1) + ": only int constants are modelled");
        }
        pos++;
        try {
            return Long.parseLong(t.text());
        } catch (NumberFormatException e) {
            throw new Failure("\"" + t.text() + "\" is too large");
        }
    }

    private Expression call(String target) {
        Token name = peek("a method name");
        pos++;
        Method method = Method.of(name.text()).orElseThrow(() -> new Failure("\"" + target + "." + name.text()
                + "()\" at character " + (name.at() + 1) + " is not modelled in a condition; the calls are "
                + "acquire, wait, is_set, locked, qsize, empty, full and is_alive"));
        expect("(");
        Call call = arguments(target, method);
        boolean takesArgs = method == Method.ACQUIRE || method == Method.WAIT;
        if (!takesArgs && (call.blocking() != null || call.timeoutMs() != null)) {
            throw new Failure("\"" + method.python() + "()\" takes no arguments");
        }
        if (method == Method.WAIT && call.blocking() != null) {
            throw new Failure("\"wait()\" takes only a timeout");
        }
        return call;
    }

    /**
     * The call of {@code method} on {@code target} with its arguments up to the closing parenthesis, positional then
     * keywords, as far as a condition models them (null where absent); whether the method takes them is not checked.
     */
    private Call arguments(String target, Method method) {
        Boolean blocking = null;
        Double timeoutMs = null;
        int positional = 0;
        while (!accept(")")) {
            if (positional > 0 || blocking != null || timeoutMs != null) {
                expect(",");
            }
            Token t = peek("an argument");
            if (t.word() && pos + 1 < tokens.size() && tokens.get(pos + 1).text().equals("=")) {
                pos += 2;
                switch (t.text()) {
                    case "blocking" -> blocking = bool();
                    case "timeout" -> timeoutMs = seconds();
                    default -> throw new Failure("keyword \"" + t.text() + "\" at character " + (t.at() + 1)
                            + " is not modelled; use blocking= or timeout=");
                }
            } else if (method == Method.WAIT && positional == 0) {
                timeoutMs = seconds();
                positional++;
            } else if (method == Method.ACQUIRE && positional == 0) {
                blocking = bool();
                positional++;
            } else if (method == Method.ACQUIRE && positional == 1) {
                timeoutMs = seconds();
                positional++;
            } else {
                throw unexpected("\")\"");
            }
        }
        return new Call(target, method, blocking, timeoutMs);
    }

    private boolean bool() {
        Token t = peek("True or False");
        if (!t.text().equals("True") && !t.text().equals("False")) {
            throw unexpected("True or False");
        }
        pos++;
        return t.text().equals("True");
    }

    private double seconds() {
        Token t = peek("a number of seconds");
        if (!t.number()) {
            throw unexpected("a number of seconds");
        }
        pos++;
        return new BigDecimal(t.text()).movePointRight(3).doubleValue();
    }

    private void nest() {
        if (++depth > MAX_NESTING) {
            throw new Failure("is nested more than " + MAX_NESTING + " deep");
        }
    }

    private Token peek(String wanted) {
        if (pos >= tokens.size()) {
            throw new Failure("ends where " + wanted + " was expected");
        }
        return tokens.get(pos);
    }

    private boolean accept(String text) {
        if (pos < tokens.size() && tokens.get(pos).text().equals(text)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String text) {
        if (!accept(text)) {
            throw unexpected("\"" + text + "\"");
        }
    }

    private Failure unexpected(String wanted) {
        if (pos >= tokens.size()) {
            return new Failure("ends where " + wanted + " was expected");
        }
        Token t = tokens.get(pos);
        return new Failure("\"" + t.text() + "\" at character " + (t.at() + 1) + " where " + wanted + " was expected");
    }
}
