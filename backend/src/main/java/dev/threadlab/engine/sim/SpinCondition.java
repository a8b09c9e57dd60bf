package dev.threadlab.engine.sim;

import dev.threadlab.engine.model.Condition;
import dev.threadlab.engine.model.Expr;
import dev.threadlab.engine.model.Expression.Comparison;

import java.util.List;
import java.util.Map;

/**
 * A compiled {@code spinUntil} condition over a process's shared ints: per comparison, each operand is an object index
 * or a literal; comparisons are and-ed within a group and the groups or-ed.
 */
final class SpinCondition {

    private final int[][] leftObject;
    private final long[][] leftLiteral;
    private final Comparison[][] ops;
    private final int[][] rightObject;
    private final long[][] rightLiteral;
    private final String text;

    SpinCondition(String text, Map<String, Integer> objectById) {
        this.text = text;
        List<List<Condition.Comparison>> anyOf = Condition.parse(text).orElseThrow().anyOf();
        int n = anyOf.size();
        leftObject = new int[n][];
        leftLiteral = new long[n][];
        ops = new Comparison[n][];
        rightObject = new int[n][];
        rightLiteral = new long[n][];
        for (int g = 0; g < n; g++) {
            List<Condition.Comparison> all = anyOf.get(g);
            int k = all.size();
            leftObject[g] = new int[k];
            leftLiteral[g] = new long[k];
            ops[g] = new Comparison[k];
            rightObject[g] = new int[k];
            rightLiteral[g] = new long[k];
            for (int c = 0; c < k; c++) {
                Condition.Comparison x = all.get(c);
                leftObject[g][c] = Expr.isLiteral(x.left()) ? -1 : objectById.get(x.left());
                leftLiteral[g][c] = Expr.isLiteral(x.left()) ? Long.parseLong(x.left()) : 0;
                ops[g][c] = x.op();
                rightObject[g][c] = Expr.isLiteral(x.right()) ? -1 : objectById.get(x.right());
                rightLiteral[g][c] = Expr.isLiteral(x.right()) ? Long.parseLong(x.right()) : 0;
            }
        }
    }

    String text() {
        return text;
    }

    boolean holds(long[] ints) {
        for (int g = 0; g < ops.length; g++) {
            boolean all = true;
            for (int c = 0; c < ops[g].length && all; c++) {
                long a = leftObject[g][c] >= 0 ? ints[leftObject[g][c]] : leftLiteral[g][c];
                long b = rightObject[g][c] >= 0 ? ints[rightObject[g][c]] : rightLiteral[g][c];
                all = compare(a, ops[g][c], b);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Whether the condition reads shared int {@code object}. */
    boolean reads(int object) {
        for (int g = 0; g < ops.length; g++) {
            for (int c = 0; c < ops[g].length; c++) {
                if (leftObject[g][c] == object || rightObject[g][c] == object) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean compare(long a, Comparison op, long b) {
        return switch (op) {
            case EQ -> a == b;
            case NE -> a != b;
            case LT -> a < b;
            case LE -> a <= b;
            case GT -> a > b;
            case GE -> a >= b;
            case IS, IS_NOT -> throw new IllegalStateException("a spinUntil condition compares ints, not with None");
        };
    }
}
