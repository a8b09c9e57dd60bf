package dev.threadlab.engine.sim;

/**
 * One instruction of a compiled thread body. Fields not used by an opcode keep their defaults. Built by the
 * {@link Compiler}, never changed afterwards.
 */
final class Instr {

    final Op op;
    final String path;
    final boolean breaker;
    /** Object index (into the scenario's objects), target thread, or target process, by opcode. */
    int target = -1;
    long ns;
    long timeoutNs = -1;
    boolean blocking = true;
    int slot = -1;
    int counterSlot = -1;
    int jump = -1;
    long times;
    long by;
    int count = 1;
    Value value;
    String text;
    String[] parts;
    int[] partSlots;
    SpinCondition spin;
    /** TEST: the comparison or value tested; jumps to {@code jump} when its truth is {@code jumpIf}. */
    Check check;
    boolean jumpIf;
    /** QUERY: which state of the primitive (or thread) is asked for; its result goes to {@code slot}. */
    dev.threadlab.engine.model.Expression.Method query;

    /** The printed line: literal parts with the locals they reference filled in. */
    String render(long[] locals) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < parts.length; k++) {
            b.append(parts[k]);
            if (partSlots[k] >= 0) {
                b.append(dev.threadlab.engine.primitives.QueuePrim.show(locals[partSlots[k]]));
            }
        }
        return b.toString();
    }

    Instr(Op op, String path) {
        this.op = op;
        this.path = path;
        this.breaker = op.isBreaker();
    }

    /** A compiled write/put value: literal or local, optionally plus or minus a literal or local. */
    record Value(long leftLiteral, int leftSlot, int sign, long rightLiteral, int rightSlot, boolean none) {

        static final Value NONE = new Value(0, -1, 0, 0, -1, true);

        long eval(long[] locals) {
            if (none) {
                return dev.threadlab.engine.primitives.QueuePrim.NONE;
            }
            long a = leftSlot >= 0 ? locals[leftSlot] : leftLiteral;
            long b = rightSlot >= 0 ? locals[rightSlot] : rightLiteral;
            return a + sign * b;
        }
    }
}
