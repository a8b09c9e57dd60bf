package dev.threadlab.engine.sim;

import dev.threadlab.engine.event.ThreadState;
import dev.threadlab.engine.primitives.Acquirable;
import dev.threadlab.engine.primitives.ConditionPrim;
import dev.threadlab.engine.primitives.EventPrim;
import dev.threadlab.engine.primitives.LockPrim;
import dev.threadlab.engine.primitives.PyError;
import dev.threadlab.engine.primitives.QueuePrim;

/**
 * The instructions that call a primitive or the thread/process life cycle: each may grant at once, block (the
 * primitive suspends the thread through the kernel) or raise. {@link #complete} finishes an instruction whose thread
 * was suspended, when it runs again.
 */
final class Operations {

    private final Machine m;
    private final Interpreter in;

    Operations(Machine m, Interpreter in) {
        this.m = m;
        this.in = in;
    }

    /** A call of a primitive: a lock, condition, event or queue. */
    boolean execute(SimThread t, Instr i) {
        return switch (i.op) {
            case ACQUIRE, WITH_ENTER -> acquire(t, i);
            case RELEASE -> release(t, i);
            case WITH_EXIT -> {
                t.withDepth--;
                yield release(t, i);
            }
            case WAIT_COND -> {
                t.timedOut = false;
                ((ConditionPrim) prim(t, i)).await(m.kernel, t.index, i.timeoutNs);
                yield false;
            }
            case WAIT_EVENT -> ((EventPrim) prim(t, i)).await(m.kernel, t.index, i.timeoutNs) && result(t, i, true)
                    && in.next(t, m.costs.lockOpNs());
            case NOTIFY -> {
                ((ConditionPrim) prim(t, i)).notify(m.kernel, t.index, i.count);
                yield in.next(t, m.costs.lockOpNs());
            }
            case SET -> {
                ((EventPrim) prim(t, i)).set(m.kernel, t.index);
                yield in.next(t, m.costs.lockOpNs());
            }
            case CLEAR -> {
                ((EventPrim) prim(t, i)).clear(m.kernel, t.index);
                yield in.next(t, m.costs.lockOpNs());
            }
            case PUT -> queuePrim(t, i).put(m.kernel, t.index, i.value.eval(t.locals), i.blocking, i.timeoutNs)
                    && in.next(t, m.costs.queueOpNs());
            case GET -> get(t, i);
            case TASK_DONE -> {
                queuePrim(t, i).taskDone(m.kernel, t.index);
                yield in.next(t, m.costs.queueOpNs());
            }
            case JOIN_QUEUE -> queuePrim(t, i).join(m.kernel, t.index) && in.next(t, m.costs.queueOpNs());
            case COMPUTE, IO, SLEEP, READ, WRITE, INC_READ, INC_WRITE, REPEAT_INIT, REPEAT_NEXT, PRINT, SPIN_UNTIL,
                 JOIN_THREAD, JOIN_PROCESS, START_THREAD, START_PROCESS, CANCEL, EXIT, TIMER_WAIT, START_AUTO, SHUTDOWN,
                 END, ENTER, TEST, JUMP, LOOP, QUERY -> throw new IllegalStateException("not a call of a primitive: " + i.op);
        };
    }

    private boolean acquire(SimThread t, Instr i) {
        int r = ((Acquirable) prim(t, i)).acquire(m.kernel, t.index, i.blocking, i.timeoutNs);
        if (r == Acquirable.BLOCKED) {
            return false;
        }
        if (r == Acquirable.GRANTED && i.op == Op.WITH_ENTER) {
            t.pushWith(i.target);
        }
        result(t, i, r == Acquirable.GRANTED);
        return in.next(t, m.costs.lockOpNs());
    }

    /** A call in a condition: its bool result goes to the instruction's slot. True, for use in conditions. */
    private static boolean result(SimThread t, Instr i, boolean value) {
        if (i.slot >= 0) {
            t.locals[i.slot] = value ? 1 : 0;
        }
        return true;
    }

    /** {@code is_set()}, {@code locked()}, {@code qsize()}, {@code empty()}, {@code full()}, {@code is_alive()}. */
    boolean query(SimThread t, Instr i) {
        long value = switch (i.query) {
            case IS_SET -> ((EventPrim) prim(t, i)).isSet() ? 1 : 0;
            case LOCKED -> ((LockPrim) prim(t, i)).locked() ? 1 : 0;
            case QSIZE -> queuePrim(t, i).size();
            case EMPTY -> queuePrim(t, i).size() == 0 ? 1 : 0;
            case FULL -> queuePrim(t, i).full() ? 1 : 0;
            case IS_ALIVE -> m.threads[i.target].started && m.threads[i.target].state != ThreadState.TERMINATED ? 1 : 0;
            case ACQUIRE, WAIT -> throw new IllegalStateException("not a query: " + i.query);
        };
        t.locals[i.slot] = value;
        return in.next(t, m.costs.lockOpNs());
    }

    private boolean release(SimThread t, Instr i) {
        ((Acquirable) prim(t, i)).release(m.kernel, t.index);
        return in.next(t, m.costs.lockOpNs());
    }

    private boolean get(SimThread t, Instr i) {
        long item = queuePrim(t, i).get(m.kernel, t.index, i.blocking, i.timeoutNs);
        if (item == QueuePrim.PENDING) {
            return false;
        }
        if (i.slot >= 0) {
            t.locals[i.slot] = item;
        }
        return in.next(t, m.costs.queueOpNs());
    }

    /** The thread runs again after being suspended in {@code i}; false if it must not continue now. */
    boolean complete(SimThread t, Instr i) {
        switch (i.op) {
            case WITH_ENTER -> {
                if (t.wakeOk) {
                    t.pushWith(i.target);
                }
            }
            case PUT -> {
                if (!t.wakeOk) {
                    throw new PyError("queue.Full", "");
                }
            }
            case GET -> {
                if (!t.wakeOk) {
                    throw new PyError("queue.Empty", "");
                }
                if (i.slot >= 0) {
                    t.locals[i.slot] = t.wakeItem;
                }
            }
            case TIMER_WAIT, SHUTDOWN, START_AUTO -> {
                return true;
            }
            case ACQUIRE, WAIT_EVENT -> result(t, i, t.wakeOk);
            case WAIT_COND -> result(t, i, !t.timedOut);
            case COMPUTE, IO, SLEEP, READ, WRITE, INC_READ, INC_WRITE, REPEAT_INIT, REPEAT_NEXT, PRINT, SPIN_UNTIL,
                 RELEASE, WITH_EXIT, NOTIFY, SET, CLEAR, TASK_DONE, JOIN_QUEUE,
                 JOIN_THREAD, JOIN_PROCESS, START_THREAD, START_PROCESS, CANCEL, EXIT, END, ENTER, TEST, JUMP, LOOP,
                 QUERY -> { }
        }
        t.pc++;
        return true;
    }

    private Object prim(SimThread t, Instr i) {
        return m.process(t).prims[i.target];
    }

    private QueuePrim queuePrim(SimThread t, Instr i) {
        return (QueuePrim) m.process(t).prims[i.target];
    }

    static boolean suspended(SimThread t) {
        return t.state != ThreadState.RUNNING;
    }
}
