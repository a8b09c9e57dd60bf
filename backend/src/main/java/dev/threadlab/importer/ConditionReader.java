package dev.threadlab.importer;

import dev.threadlab.engine.model.Expression;
import dev.threadlab.engine.model.Expression.Comparison;
import dev.threadlab.engine.model.Expression.Method;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the test of an {@code if} or a {@code while} into an {@link Expression}: comparisons, {@code not}/{@code and}/
 * {@code or}, constants (a name bound to a constant is its value), shared ints, locals, and calls on primitives whose
 * result is the value. An object or thread without a Python name yet is written with a name the assembler decodes.
 */
final class ConditionReader {

    private static final Map<String, Comparison> OPS = Map.of("Eq", Comparison.EQ, "NotEq", Comparison.NE,
            "Lt", Comparison.LT, "LtE", Comparison.LE, "Gt", Comparison.GT, "GtE", Comparison.GE,
            "Is", Comparison.IS, "IsNot", Comparison.IS_NOT);
    private static final String LANE = "_lab_lane_";
    private static final String OBJECT = "_lab_object_";

    private final ProgramReader reader;
    /** The value of an expression in the frame being read, without reporting what is not modelled. */
    private final Function<JsonNode, Value> eval;

    ConditionReader(ProgramReader reader, Function<JsonNode, Value> eval) {
        this.reader = reader;
        this.eval = eval;
    }

    /** The condition's text, or empty after reporting what is not modelled at its place. */
    Optional<String> read(JsonNode test) {
        Expression e = expression(test);
        return Optional.ofNullable(e).map(Expression::text);
    }

    /** A name the condition text can hold for a lab reference (an object or thread not named yet). */
    static String encode(String ref) {
        if (ref.startsWith("\u0001")) {
            return LANE + ref.substring(1);
        }
        return ref.startsWith("\u0002") ? OBJECT + ref.substring(1) : ref;
    }

    /** The lab reference a condition's name stands for. */
    static String decode(String name) {
        if (name.startsWith(LANE)) {
            return "\u0001" + name.substring(LANE.length());
        }
        return name.startsWith(OBJECT) ? "\u0002" + name.substring(OBJECT.length()) : name;
    }

    private Expression expression(JsonNode e) {
        return switch (e.path("t").asString()) {
            case "BoolOp" -> {
                List<Expression> operands = new ArrayList<>();
                for (JsonNode v : ProgramReader.list(e.path("values"))) {
                    operands.add(expression(v));
                }
                yield operands.contains(null) ? null
                        : new Expression.Logic("And".equals(e.path("op").path("t").asString()), operands);
            }
            case "UnaryOp" -> "Not".equals(e.path("op").path("t").asString())
                    ? notOf(expression(e.path("operand"))) : value(e);
            case "Compare" -> compare(e);
            case "Call" -> call(e);
            default -> value(e);
        };
    }

    private static Expression notOf(Expression operand) {
        return operand == null ? null : new Expression.Not(operand);
    }

    private Expression compare(JsonNode e) {
        Comparison op = OPS.get(e.path("ops").path(0).path("t").asString());
        if (e.path("ops").size() != 1 || op == null) {
            return unsupported(e, "a condition compares two values with one of == != < <= > >= `is None`");
        }
        Expression left = expression(e.path("left"));
        Expression right = expression(e.path("comparators").path(0));
        if (left == null || right == null) {
            return null;
        }
        if ((op == Comparison.IS || op == Comparison.IS_NOT) && !(right instanceof Expression.None)) {
            return unsupported(e, "`is` is modelled only to compare with None");
        }
        return new Expression.Compare(left, op, right);
    }

    private Expression value(JsonNode e) {
        if ("Name".equals(e.path("t").asString()) && eval.apply(e) instanceof Value.Local(String name)) {
            return new Expression.Name(name);
        }
        return switch (eval.apply(e)) {
            case Value.Num n when n.integral() -> new Expression.Int(n.value().longValueExact());
            case Value.Bool(boolean b) -> new Expression.Bool(b);
            case Value.None n -> new Expression.None();
            case Value.Shared(String name) -> new Expression.Name(name);
            case Value.Local(String name) -> new Expression.Name(name);
            case null, default -> unsupported(e, "a condition is modelled over shared ints, locals, int constants, "
                    + "True/False/None and calls on primitives");
        };
    }

    private Expression call(JsonNode c) {
        JsonNode func = c.path("func");
        if (!"Attribute".equals(func.path("t").asString())) {
            return unsupported(c, "a call in a condition is modelled on a primitive: acquire, wait, is_set, locked, "
                    + "qsize, empty, full or is_alive");
        }
        String attr = func.path("attr").asString();
        Value owner = eval.apply(func.path("value"));
        if (attr.equals("is_alive") || attr.equals("isAlive")) {
            Lane lane = switch (owner) {
                case Value.LaneRef(Lane l) -> l;
                case Value.Instance i -> i.thread();
                case null, default -> null;
            };
            return lane == null ? unsupported(c, "`is_alive()` is modelled on a thread the program makes")
                    : new Expression.Call(encode(lane.ref()), Method.IS_ALIVE, null, null);
        }
        Optional<Method> method = java.util.Arrays.stream(Method.values()).filter(m -> m.python().equals(attr)).findFirst();
        if (!(owner instanceof Value.Obj(ObjectSpec spec)) || method.isEmpty()) {
            return unsupported(c, "`" + ProgramReader.callee(func) + "()` is not modelled in a condition; the calls "
                    + "are acquire, wait, is_set, locked, qsize, empty, full and is_alive on primitives");
        }
        Boolean blocking = null;
        Double timeoutMs = null;
        List<JsonNode> args = ProgramReader.list(c.path("args"));
        for (int i = 0; i < args.size(); i++) {
            boolean first = i == 0 && method.get() == Method.ACQUIRE;
            if (first) {
                blocking = eval.apply(args.get(i)) instanceof Value.Bool(boolean b) ? b : null;
            } else {
                timeoutMs = reader.millis(eval.apply(args.get(i)), c);
            }
        }
        for (JsonNode k : ProgramReader.list(c.path("keywords"))) {
            switch (k.path("arg").asString("")) {
                case "blocking" -> blocking = eval.apply(k.path("value")) instanceof Value.Bool(boolean b) ? b : null;
                case "timeout" -> timeoutMs = reader.millis(eval.apply(k.path("value")), c);
                default -> {
                    return unsupported(c, "keyword `" + k.path("arg").asString("") + "` is not modelled");
                }
            }
        }
        return new Expression.Call(encode(reader.ref(spec)), method.get(), blocking, timeoutMs);
    }

    private Expression unsupported(JsonNode at, String message) {
        reader.problem(at, message);
        return null;
    }
}
