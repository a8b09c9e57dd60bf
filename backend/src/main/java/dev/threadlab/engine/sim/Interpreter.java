package dev.threadlab.engine.sim;

import dev.threadlab.engine.event.Event.Printed;
import dev.threadlab.engine.event.Event.StepEntered;
import dev.threadlab.engine.event.Event.VariableRead;
import dev.threadlab.engine.event.Event.VariableWritten;
import dev.threadlab.engine.event.ThreadState;
import dev.threadlab.engine.primitives.PyError;

/**
 * Executes a RUNNING thread's instructions at the current instant until it suspends, starts something that takes
 * time, or ends. Instructions that take no time run back to back; one that costs time schedules the thread's next
 * step that much later. Primitive operations are delegated to {@link Operations}.
 */
final class Interpreter {

    private final Machine m;
    private final Operations ops;

    Interpreter(Machine m) {
        this.m = m;
        this.ops = new Operations(m, this);
    }

    void run(SimThread t) {
        if (t.state != ThreadState.RUNNING) {
            return;
        }
        if (t.starter >= 0) {
            m.lifecycle.firstRun(t);
            if (m.anyTiming) {
                // start() has returned in the starter: either may go first.
                m.heap.push(m.now, EntryKind.STEP, t.index, t.token);
                return;
            }
        }
        if (m.anyTiming && m.gil) {
            m.scheduler.gil.showGil(t);
        }
        try {
            int resumedAt = t.resuming ? t.pc : -1;
            if (!resume(t)) {
                return;
            }
            loop(t, resumedAt);
        } catch (PyError e) {
            m.lifecycle.termination.raise(t, e, t.code[t.pc].path);
        }
    }

    /** Finishes what the thread was doing when it stopped; false if it must not continue now. */
    private boolean resume(SimThread t) {
        if (t.inCompute) {
            t.inCompute = false;
            t.pc++;
        } else if (t.resuming) {
            t.resuming = false;
            boolean goOn = ops.complete(t, t.code[t.pc]);
            t.timedOut = false;
            return goOn;
        }
        return true;
    }

    /** Runs {@code t} from its pc; {@code last} is the instruction it just completed (a blocking call), or -1. */
    private void loop(SimThread t, int last) {
        boolean anySwitchPoint = m.exploring && !m.gil;
        while (true) {
            Instr i = t.code[t.pc];
            if (m.anyTiming && last >= 0 && Op.switchBetween(t.code, last, t.pc, m.gil)) {
                // Any timing: back to the heap at each switch point, so that anything able to run may go first.
                m.heap.push(m.now, EntryKind.STEP, t.index, t.token);
                return;
            }
            last = t.pc;
            if ((i.breaker || anySwitchPoint) && t.computeLeft < 0 && m.scheduler.atBreaker(t)) {
                return;
            }
            m.instructions++;
            boolean goOn = execute(t, i);
            t.progressed = true;
            t.unparked = false;
            if (anySwitchPoint) {
                m.scheduler.unparkOthers(t);
            }
            if (!goOn || t.state != ThreadState.RUNNING) {
                return;
            }
        }
    }

    /** Runs one instruction; true if the thread goes on at the same instant. */
    private boolean execute(SimThread t, Instr i) {
        return switch (i.op) {
            case COMPUTE -> compute(t, i);
            case IO -> pause(t, i, ThreadState.IO);
            case SLEEP -> pause(t, i, ThreadState.SLEEPING);
            case READ, INC_READ -> read(t, i, i.slot, true);
            case WRITE -> write(t, i, i.value.eval(t.locals));
            case INC_WRITE -> write(t, i, t.locals[i.slot] + i.by);
            case REPEAT_INIT -> repeatInit(t, i);
            case REPEAT_NEXT -> repeatNext(t, i);
            case PRINT -> print(t, i);
            case SPIN_UNTIL -> spin(t, i);
            case ENTER -> {
                stepEntered(t, i);
                t.pc++;
                yield true;
            }
            case TEST -> jump(t, i.check.holds(t.locals, m.process(t).ints) == i.jumpIf ? i.jump : t.pc + 1,
                    m.coreJitter.varAccessNs());
            case JUMP -> jump(t, i.jump, 0);
            case LOOP -> loopBack(t, i);
            case QUERY -> ops.query(t, i);
            case ACQUIRE, RELEASE, WITH_ENTER, WAIT_COND, WAIT_EVENT, NOTIFY, SET, CLEAR, PUT, GET, TASK_DONE,
                 JOIN_QUEUE -> {
                stepEntered(t, i);
                yield ops.execute(t, i);
            }
            case WITH_EXIT -> ops.execute(t, i);   // the end of a with block is no line of its own
            case JOIN_THREAD, JOIN_PROCESS, START_THREAD, START_PROCESS, CANCEL, EXIT -> {
                stepEntered(t, i);
                yield m.lifecycle.execute(t, i);
            }
            case TIMER_WAIT, START_AUTO, SHUTDOWN, END -> m.lifecycle.execute(t, i);   // threading's own code
        };
    }

    void stepEntered(SimThread t, Instr i) {
        m.emit(new StepEntered(m.nextSeq(), m.nowUs(), t.id, i.path));
    }

    /** Advances past the current instruction, spending {@code costNs}; true if the thread goes on now. */
    boolean next(SimThread t, long costNs) {
        t.pc++;
        if (costNs <= 0) {
            return true;
        }
        m.heap.push(m.now + costNs, EntryKind.STEP, t.index, t.token);
        return false;
    }

    /** Goes on at {@code pc}, spending {@code costNs}; true if the thread goes on now. */
    private boolean jump(SimThread t, int pc, long costNs) {
        t.pc = pc - 1;
        return next(t, costNs);
    }

    /**
     * A while body's end. Timed, each round goes back to the event loop (a loop whose checks cost nothing still ends
     * at the run's limits); exploring, a round may hit the explorer's bound, which stops the run.
     */
    private boolean loopBack(SimThread t, Instr i) {
        t.pc = i.jump;
        if (m.exploring && !m.watch.loopRound(m.chooser.size())) {
            return false;
        }
        if (m.anyTiming) {
            return true;
        }
        m.heap.push(m.now, EntryKind.STEP, t.index, t.token);
        return false;
    }

    private boolean compute(SimThread t, Instr i) {
        if (m.anyTiming) {
            // A switch inside compute is one before it: compute changes nothing another thread could see.
            stepEntered(t, i);
            t.pc++;
            return true;
        }
        long left = t.computeLeft;
        if (left < 0) {
            stepEntered(t, i);
            left = i.ns;
        }
        t.computeLeft = -1;
        if (left == 0) {
            t.pc++;
            return true;
        }
        t.inCompute = true;
        t.computeEnd = m.now + left;
        m.heap.push(t.computeEnd, EntryKind.STEP, t.index, t.token);
        return false;
    }

    private boolean pause(SimThread t, Instr i, ThreadState state) {
        stepEntered(t, i);
        t.pc++;
        if (m.anyTiming) {
            return true;   // io and sleep are switch points; their length orders nothing
        }
        m.scheduler.leaveCpu(t, state, null);
        m.heap.push(m.now + i.ns, EntryKind.WAKE, t.index, t.token);
        return false;
    }

    private boolean read(SimThread t, Instr i, int slot, boolean entered) {
        if (entered) {
            stepEntered(t, i);
        }
        SimProcess p = m.process(t);
        long v = p.ints[i.target];
        t.locals[slot] = v;
        t.seenVersion[i.target] = p.versions[i.target];
        m.emit(new VariableRead(m.nextSeq(), m.nowUs(), objectName(p, i.target), t.id, v));
        return next(t, m.coreJitter.varAccessNs());
    }

    private boolean write(SimThread t, Instr i, long v) {
        if (i.op == Op.WRITE) {
            stepEntered(t, i);
        }
        SimProcess p = m.process(t);
        long seen = t.seenVersion[i.target];
        boolean lost = seen >= 0 && seen != p.versions[i.target];
        if (lost) {
            p.lost[i.target]++;
        }
        p.ints[i.target] = v;
        t.seenVersion[i.target] = ++p.versions[i.target];
        m.emit(new VariableWritten(m.nextSeq(), m.nowUs(), objectName(p, i.target), t.id, v, lost));
        wakeSpinners(t, i.target);
        return next(t, m.coreJitter.varAccessNs());
    }

    /** {@code spinUntil}: go on if the condition holds, else wait for a write to an int it reads. */
    private boolean spin(SimThread t, Instr i) {
        if (t.blocking != Blocking.SPINNING) {
            stepEntered(t, i);
        }
        t.blocking = Blocking.FREE;
        if (i.spin.holds(m.process(t).ints)) {
            return next(t, m.costs.varAccessNs());
        }
        t.blocking = Blocking.SPINNING;
        m.scheduler.leaveCpu(t, ThreadState.WAITING, "until " + i.spin.text());
        return false;
    }

    /** After a write to {@code object}: spinning threads of the process whose condition reads it evaluate again. */
    private void wakeSpinners(SimThread writer, int object) {
        for (SimThread o : m.threads) {
            if (o != writer && o.blocking == Blocking.SPINNING && o.process == writer.process && o.state == ThreadState.WAITING
                    && o.code[o.pc].spin.reads(object)) {
                m.kernel.invalidate(o);
                m.scheduler.becomeRunnable(o);
            }
        }
    }

    private String objectName(SimProcess p, int object) {
        return m.objectNames[p.index][object];
    }

    private boolean repeatInit(SimThread t, Instr i) {
        stepEntered(t, i);
        t.locals[i.counterSlot] = 0;
        if (i.times <= 0) {
            t.pc = i.jump;
            return true;
        }
        if (i.slot >= 0) {
            t.locals[i.slot] = 0;
        }
        t.pc++;
        return true;
    }

    private boolean repeatNext(SimThread t, Instr i) {
        long c = ++t.locals[i.counterSlot];
        if (c < i.times) {
            if (i.slot >= 0) {
                t.locals[i.slot] = c;
            }
            t.pc = i.jump;
        } else {
            t.pc++;
        }
        return true;
    }

    private boolean print(SimThread t, Instr i) {
        stepEntered(t, i);
        String line = i.render(t.locals);
        m.stdout.add(line);
        m.emit(new Printed(m.nextSeq(), m.nowUs(), t.id, line));
        return next(t, m.costs.printNs());
    }
}
