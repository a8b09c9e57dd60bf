package dev.threadlab.engine.sim;

import dev.threadlab.engine.model.Expression;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.primitives.QueuePrim;

import java.util.ArrayList;
import java.util.List;

/**
 * Compiles the condition of an {@code if} or {@code while} into jumps, as CPython does: {@code not} swaps where a test
 * jumps, {@code and}/{@code or} short-circuit (an operand, and the calls in it, runs only if it must), each
 * comparison or value is one {@link Op#TEST}, and each call on a primitive is its own instruction whose result goes to
 * a slot the test reads.
 */
final class Conditions {

    private final Compiler compiler;
    private final Layout layout;

    Conditions(Compiler compiler, Layout layout) {
        this.compiler = compiler;
        this.layout = layout;
    }

    /** Code that jumps when the condition's truth is {@code jumpIf} and falls through otherwise; the jumps to patch. */
    List<Instr> branch(String path, String text, boolean jumpIf) {
        return branch(path, Expression.read(text).value().orElseThrow(), jumpIf);
    }

    private List<Instr> branch(String p, Expression e, boolean jumpIf) {
        return switch (e) {
            case Expression.Not(Expression operand) -> branch(p, operand, !jumpIf);
            case Expression.Logic l -> logic(p, l, jumpIf);
            case Expression.Compare c -> {
                Check.Operand left = operand(p, c.left());
                yield List.of(test(p, new Check(left, c.op(), operand(p, c.right())), jumpIf));
            }
            case Expression.Int i -> List.of(test(p, new Check(operand(p, i), null, null), jumpIf));
            case Expression.Bool b -> List.of(test(p, new Check(operand(p, b), null, null), jumpIf));
            case Expression.None n -> List.of(test(p, new Check(operand(p, n), null, null), jumpIf));
            case Expression.Name n -> List.of(test(p, new Check(operand(p, n), null, null), jumpIf));
            case Expression.Call c -> List.of(test(p, new Check(operand(p, c), null, null), jumpIf));
        };
    }

    /**
     * {@code a and b} jumps on false as soon as one operand is false; it jumps on true only if the last one is true
     * after all others were (an operand found false skips the rest). {@code or} is the same with true and false swapped.
     */
    private List<Instr> logic(String p, Expression.Logic l, boolean jumpIf) {
        List<Expression> operands = l.operands();
        List<Instr> jumps = new ArrayList<>();
        if (l.and() != jumpIf) {
            for (Expression o : operands) {
                jumps.addAll(branch(p, o, jumpIf));
            }
            return jumps;
        }
        List<Instr> decided = new ArrayList<>();
        for (Expression o : operands.subList(0, operands.size() - 1)) {
            decided.addAll(branch(p, o, !jumpIf));
        }
        jumps.addAll(branch(p, operands.getLast(), jumpIf));
        decided.forEach(i -> i.jump = compiler.size());
        return jumps;
    }

    private Instr test(String p, Check check, boolean jumpIf) {
        Instr i = compiler.emit(Op.TEST, p);
        i.check = check;
        i.jumpIf = jumpIf;
        return i;
    }

    private Check.Operand operand(String p, Expression e) {
        return switch (e) {
            case Expression.Int(long value) -> new Check.Constant(value);
            case Expression.Bool(boolean value) -> new Check.Constant(value ? 1 : 0);
            case Expression.None n -> new Check.Constant(QueuePrim.NONE);
            case Expression.Name(String id) -> {
                Integer object = layout.objectById.get(id);
                yield object != null && compiler.type(object) == ObjectType.INT
                        ? new Check.Shared(object) : new Check.Local(compiler.local(id));
            }
            case Expression.Call c -> new Check.Local(call(p, c));
            case Expression.Not n -> throw new IllegalStateException("a comparison of conditions: " + e);
            case Expression.Logic l -> throw new IllegalStateException("a comparison of conditions: " + e);
            case Expression.Compare c -> throw new IllegalStateException("a comparison of conditions: " + e);
        };
    }

    /** Emits the call; the slot its result goes to. */
    private int call(String p, Expression.Call c) {
        int slot = compiler.temp();
        Instr i = switch (c.method()) {
            case ACQUIRE -> {
                Instr a = compiler.object(Op.ACQUIRE, p, c.target());
                a.blocking = c.blocking() == null || c.blocking();
                yield a;
            }
            case WAIT -> compiler.object(compiler.type(layout.objectById.get(c.target())) == ObjectType.EVENT
                    ? Op.WAIT_EVENT : Op.WAIT_COND, p, c.target());
            case IS_ALIVE -> {
                Instr q = compiler.emit(Op.QUERY, p);
                q.target = layout.threadsById.get(c.target())[0];
                yield q;
            }
            case IS_SET, LOCKED, QSIZE, EMPTY, FULL -> compiler.object(Op.QUERY, p, c.target());
        };
        i.query = c.method();
        i.timeoutNs = c.timeoutMs() == null ? -1 : Compiler.ns(c.timeoutMs());
        i.slot = slot;
        return slot;
    }
}
