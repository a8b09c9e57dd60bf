package dev.threadlab.engine.sim;

import dev.threadlab.engine.model.Expression.Comparison;
import dev.threadlab.engine.primitives.PyError;
import dev.threadlab.engine.primitives.QueuePrim;

/**
 * One test of a compiled condition: a comparison of two operands, or one operand's truth. An operand is a constant,
 * a local slot (a call's result is kept in one) or a shared int of the thread's process. {@code None} is
 * {@link QueuePrim#NONE}; {@code True}/{@code False} are 1/0, as Python's bools are ints.
 *
 * @param op the comparison, or null to test {@code left}'s truth
 */
record Check(Operand left, Comparison op, Operand right) {

    /** Where an operand's value comes from. */
    sealed interface Operand {
        long value(long[] locals, long[] ints);
    }

    record Constant(long value) implements Operand {
        public long value(long[] locals, long[] ints) {
            return value;
        }
    }

    record Local(int slot) implements Operand {
        public long value(long[] locals, long[] ints) {
            return locals[slot];
        }
    }

    record Shared(int object) implements Operand {
        public long value(long[] locals, long[] ints) {
            return ints[object];
        }
    }

    boolean holds(long[] locals, long[] ints) {
        long a = left.value(locals, ints);
        if (op == null) {
            return a != 0 && a != QueuePrim.NONE;
        }
        long b = right.value(locals, ints);
        return switch (op) {
            case EQ -> a == b;
            case NE -> a != b;
            case IS -> a == QueuePrim.NONE;
            case IS_NOT -> a != QueuePrim.NONE;
            case LT -> ordered(a, b, "<") && a < b;
            case LE -> ordered(a, b, "<=") && a <= b;
            case GT -> ordered(a, b, ">") && a > b;
            case GE -> ordered(a, b, ">=") && a >= b;
        };
    }

    /** Whether the test reads shared int {@code object}. */
    boolean reads(int object) {
        return left instanceof Shared(int o) && o == object || right instanceof Shared(int r) && r == object;
    }

    private static boolean ordered(long a, long b, String symbol) {
        if (a == QueuePrim.NONE || b == QueuePrim.NONE) {
            throw new PyError("TypeError", "'" + symbol + "' not supported between instances of '"
                    + (a == QueuePrim.NONE ? "NoneType" : "int") + "' and '" + (b == QueuePrim.NONE ? "NoneType" : "int") + "'");
        }
        return true;
    }
}
