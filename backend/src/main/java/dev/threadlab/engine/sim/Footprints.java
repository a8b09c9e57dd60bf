package dev.threadlab.engine.sim;

import dev.threadlab.engine.model.ObjectDecl;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.Scenario;

import java.util.BitSet;
import java.util.function.IntPredicate;

/**
 * Any timing: what each block of each thread may touch, for partial-order reduction. A <em>block</em> is what a
 * thread executes from one switch point to the next ({@link Op#switchesBefore}, {@link Op#switchesAfter}; one
 * instruction when free-threaded). Its footprint is a set of keys: one per shared object of each process (an
 * {@code mp.Queue} has one key for all), and one per thread (started, joined, cancelled, ended, killed). Two blocks
 * whose footprints are disjoint commute and neither enables nor disables the other; a block that touches the whole
 * machine (processes, {@code threading._shutdown}, the main thread's end, {@code _thread.exit}) is marked global.
 *
 * <p>Computed once per scenario from its compiled programs; {@link #next} is the footprint of the block a thread
 * would run from {@code pc}, {@link #future} what it may touch from {@code pc} to its end (loops included).
 */
final class Footprints {

    private final int objectKeys;
    private final int keys;
    private final BitSet[][] next;
    private final BitSet[][] future;
    private final boolean[][] nextGlobal;
    private final boolean[][] futureGlobal;

    Footprints(Scenario scenario, Layout layout, Compiler.Program[] programs, boolean gil) {
        int objects = scenario.objects().size();
        this.objectKeys = layout.processIds.size() * objects;
        this.keys = objectKeys + programs.length;
        int threads = programs.length;
        next = new BitSet[threads][];
        future = new BitSet[threads][];
        nextGlobal = new boolean[threads][];
        futureGlobal = new boolean[threads][];
        for (int t = 0; t < threads; t++) {
            Instr[] code = programs[t].code();
            BitSet[] own = new BitSet[code.length];
            boolean[] ownGlobal = new boolean[code.length];
            Layout.ThreadInfo info = layout.threads.get(t);
            for (int pc = 0; pc < code.length; pc++) {
                own[pc] = new BitSet(keys);
                ownGlobal[pc] = instruction(code[pc], info, t, scenario, objects, own[pc]);
            }
            blocks(t, code, own, ownGlobal, gil);
            futures(t, code, own, ownGlobal);
        }
    }

    /** The key of thread {@code t}. */
    int threadKey(int t) {
        return objectKeys + t;
    }

    /** The key of object {@code object} as seen from {@code process}. */
    int objectKey(Scenario scenario, int process, int object) {
        boolean shared = scenario.objects().get(object).type() == ObjectType.MP_QUEUE;
        return (shared ? 0 : process) * scenario.objects().size() + object;
    }

    BitSet next(int thread, int pc) {
        return next[thread][pc];
    }

    boolean nextGlobal(int thread, int pc) {
        return nextGlobal[thread][pc];
    }

    BitSet future(int thread, int pc) {
        return future[thread][pc];
    }

    boolean futureGlobal(int thread, int pc) {
        return futureGlobal[thread][pc];
    }

    /** Adds what instruction {@code i} of thread {@code t} touches to {@code out}; true if it touches everything. */
    private boolean instruction(Instr i, Layout.ThreadInfo info, int t, Scenario s, int objects, BitSet out) {
        int p = info.process();
        return switch (i.op) {
            case COMPUTE, IO, SLEEP, REPEAT_INIT, REPEAT_NEXT, PRINT, ENTER, JUMP, LOOP -> false;
            case TEST -> reads(i.check::reads, s, p, objects, out);
            case SPIN_UNTIL -> reads(i.spin::reads, s, p, objects, out);
            case QUERY -> {
                out.set(i.query == dev.threadlab.engine.model.Expression.Method.IS_ALIVE ? threadKey(i.target)
                        : objectKey(s, p, i.target));
                yield false;
            }
            case READ, WRITE, INC_READ, INC_WRITE -> {
                out.set(objectKey(s, p, i.target));
                yield false;
            }
            case ACQUIRE, RELEASE, WITH_ENTER, WITH_EXIT, WAIT_COND, WAIT_EVENT, NOTIFY, SET, CLEAR, PUT, GET, TASK_DONE,
                 JOIN_QUEUE -> primitive(i, t, s, p, objects, out);
            case START_THREAD, JOIN_THREAD, CANCEL -> {
                out.set(threadKey(i.target));
                out.set(threadKey(t));
                yield false;
            }
            case TIMER_WAIT -> {
                out.set(threadKey(t));
                yield false;
            }
            case END -> {
                out.set(threadKey(t));
                yield info.isMain();
            }
            case START_PROCESS, JOIN_PROCESS, START_AUTO, SHUTDOWN, EXIT -> true;
        };
    }

    /** Adds the objects of process {@code p} that a condition {@code reads}; false (it never touches everything). */
    private boolean reads(IntPredicate reads, Scenario s, int p, int objects, BitSet out) {
        for (int o = 0; o < objects; o++) {
            if (reads.test(o)) {
                out.set(objectKey(s, p, o));
            }
        }
        return false;
    }

    /**
     * Adds the primitive that instruction {@code i} of thread {@code t} (in process {@code p}) operates on, a
     * condition's lock, and the thread itself, which may raise and end; false (it never touches everything).
     */
    private boolean primitive(Instr i, int t, Scenario s, int p, int objects, BitSet out) {
        out.set(objectKey(s, p, i.target));
        ObjectDecl d = s.objects().get(i.target);
        if (d.type() == ObjectType.CONDITION && d.lock() != null) {
            for (int o = 0; o < objects; o++) {
                if (s.objects().get(o).id().equals(d.lock())) {
                    out.set(objectKey(s, p, o));
                }
            }
        }
        out.set(threadKey(t));   // it may raise, which ends the thread
        return false;
    }

    /** Each pc's block: its own instruction and those run after it, up to the next switch point. */
    private void blocks(int t, Instr[] code, BitSet[] own, boolean[] ownGlobal, boolean gil) {
        next[t] = new BitSet[code.length];
        nextGlobal[t] = new boolean[code.length];
        for (int pc = 0; pc < code.length; pc++) {
            BitSet b = new BitSet(keys);
            boolean g = false;
            boolean[] seen = new boolean[code.length];
            java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
            todo.push(pc);
            seen[pc] = true;
            while (!todo.isEmpty()) {
                int at = todo.pop();
                b.or(own[at]);
                g |= ownGlobal[at];
                for (int succ : successors(code, at)) {
                    if (!seen[succ] && !Op.switchBetween(code, at, succ, gil)) {
                        seen[succ] = true;
                        todo.push(succ);
                    }
                }
            }
            next[t][pc] = b;
            nextGlobal[t][pc] = g;
        }
    }

    /** What each pc may touch from there on: a fixpoint over the program's jumps (loops go back). */
    private void futures(int t, Instr[] code, BitSet[] own, boolean[] ownGlobal) {
        future[t] = new BitSet[code.length];
        futureGlobal[t] = new boolean[code.length];
        for (int pc = 0; pc < code.length; pc++) {
            future[t][pc] = (BitSet) own[pc].clone();
            futureGlobal[t][pc] = ownGlobal[pc];
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int pc = code.length - 1; pc >= 0; pc--) {
                for (int succ : successors(code, pc)) {
                    int before = future[t][pc].cardinality();
                    future[t][pc].or(future[t][succ]);
                    boolean g = futureGlobal[t][pc] || futureGlobal[t][succ];
                    if (future[t][pc].cardinality() != before || g != futureGlobal[t][pc]) {
                        futureGlobal[t][pc] = g;
                        changed = true;
                    }
                }
            }
        }
    }

    /** The instructions that may run right after {@code pc}. */
    private static int[] successors(Instr[] code, int pc) {
        Instr i = code[pc];
        if (i.op == Op.END) {
            return new int[0];
        }
        if (i.op == Op.JUMP || i.op == Op.LOOP) {
            return new int[] {i.jump};
        }
        boolean jumps = (i.op == Op.REPEAT_INIT || i.op == Op.REPEAT_NEXT || i.op == Op.TEST) && i.jump >= 0;
        if (pc + 1 >= code.length) {
            return jumps ? new int[] {i.jump} : new int[0];
        }
        return jumps ? new int[] {pc + 1, i.jump} : new int[] {pc + 1};
    }
}
