package dev.threadlab.engine.sim;

import dev.threadlab.engine.event.Event.ProcessChanged;
import dev.threadlab.engine.event.Event.ThreadStateChanged;
import dev.threadlab.engine.event.Event.TimerCancelled;
import dev.threadlab.engine.event.ThreadState;
import dev.threadlab.engine.primitives.Prim;
import dev.threadlab.engine.primitives.PyError;

/**
 * Threads and processes being born, joined and ended: start, fork, join, timers and cancel, timeouts of a join or a
 * wait; their ending (exit, uncaught errors, the main thread's {@code threading._shutdown}) is the
 * {@link Termination}'s.
 */
final class Lifecycle {

    private final Machine m;
    private final Interpreter in;
    final Termination termination;

    Lifecycle(Machine m) {
        this.m = m;
        this.in = m.interpreter;
        this.termination = new Termination(m);
    }

    /** t = 0: every thread is NEW, the main process exists and its main thread starts. */
    void boot() {
        for (SimThread t : m.threads) {
            m.emit(new ThreadStateChanged(m.nextSeq(), 0, t.id, ThreadState.NEW, null));
        }
        SimProcess main = m.processes[0];
        main.started = true;
        m.emit(new ProcessChanged(m.nextSeq(), 0, main.id, true));
        SimThread t = m.threads[main.mainThread];
        t.started = true;
        m.scheduler.becomeRunnable(t);
    }

    boolean execute(SimThread t, Instr i) {
        return switch (i.op) {
            case START_THREAD -> startThread(t, m.threads[i.target]);
            case START_PROCESS -> startProcess(t, m.processes[i.target], true);
            case JOIN_THREAD -> joinThread(t, m.threads[i.target], i.timeoutNs);
            case JOIN_PROCESS -> joinProcess(t, m.processes[i.target], i.timeoutNs);
            case CANCEL -> cancel(t, m.threads[i.target]);
            case EXIT -> termination.exit(t);
            case TIMER_WAIT -> timerWait(t);
            case START_AUTO -> startAuto(t);
            case SHUTDOWN -> termination.shutdown(t);
            case END -> termination.end(t);
            case COMPUTE, IO, SLEEP, READ, WRITE, INC_READ, INC_WRITE, REPEAT_INIT, REPEAT_NEXT, PRINT, SPIN_UNTIL,
                 ACQUIRE, RELEASE, WITH_ENTER, WITH_EXIT, WAIT_COND, WAIT_EVENT, NOTIFY, SET, CLEAR, PUT, GET, TASK_DONE,
                 JOIN_QUEUE, ENTER, TEST, JUMP, LOOP, QUERY ->
                    throw new IllegalStateException("not a life-cycle instruction: " + i.op);
        };
    }

    private boolean startThread(SimThread t, SimThread target) {
        if (target.started) {
            throw PyError.runtime("threads can only be started once");
        }
        target.started = true;
        target.starter = t.index;
        m.kernel.suspend(t, ThreadState.WAITING, target.id);
        arrive(target, m.costs.threadStartNs());
        return false;
    }

    /**
     * A new thread can run after {@code costNs}; any timing: at once (it still runs, and returns {@code start()} in
     * its starter, only when the explorer picks it).
     */
    private void arrive(SimThread t, long costNs) {
        if (m.anyTiming) {
            m.scheduler.becomeRunnable(t);
        } else {
            m.heap.push(m.now + costNs, EntryKind.START_READY, t.index, 0);
        }
    }

    /** The new thread runs for the first time: {@code start()} returns in its starter. */
    void firstRun(SimThread t) {
        SimThread starter = m.threads[t.starter];
        t.starter = -1;
        m.kernel.wake(starter.index, true, 0);
    }

    /** fork: the child gets copies of the objects now, its main thread runs after the start cost. */
    private boolean startProcess(SimThread t, SimProcess p, boolean advance) {
        if (p.started) {
            throw new PyError("AssertionError", "cannot start a process twice");
        }
        p.started = true;
        p.parent = t.process;
        Worlds.forkCopy(m.scenario, m.layout, m.process(t), p);
        m.emit(new ProcessChanged(m.nextSeq(), m.nowUs(), p.id, true));
        SimThread main = m.threads[p.mainThread];
        main.started = true;
        arrive(main, m.costs.processStartNs());
        if (advance) {
            return in.next(t, m.costs.processStartNs());
        }
        if (m.costs.processStartNs() <= 0) {
            return true;
        }
        m.heap.push(m.now + m.costs.processStartNs(), EntryKind.STEP, t.index, t.token);
        return false;
    }

    private boolean joinThread(SimThread t, SimThread target, long timeoutNs) {
        if (!target.started) {
            throw PyError.runtime("cannot join thread before it is started");
        }
        if (target == t) {
            throw PyError.runtime("cannot join current thread");
        }
        if (target.state == ThreadState.TERMINATED || timeoutNs == 0) {
            return in.next(t, 0);
        }
        target.joiners.add(t.index);
        t.blocking = new Blocking.OnThread(target.index);
        m.kernel.suspend(t, ThreadState.BLOCKED, target.id);
        timeoutAfter(t, timeoutNs);
        return false;
    }

    private boolean joinProcess(SimThread t, SimProcess p, long timeoutNs) {
        if (!p.started) {
            throw new PyError("AssertionError", "can only join a started process");
        }
        if (p.ended || timeoutNs == 0) {
            return in.next(t, 0);
        }
        p.joiners.add(t.index);
        t.blocking = new Blocking.OnProcess(p.index);
        m.kernel.suspend(t, ThreadState.BLOCKED, p.id);
        timeoutAfter(t, timeoutNs);
        return false;
    }

    private boolean cancel(SimThread t, SimThread timer) {
        m.emit(new TimerCancelled(m.nextSeq(), m.nowUs(), timer.id, t.id));
        if (!timer.cancelled && timer.pc == 0 && timer.state != ThreadState.TERMINATED) {
            timer.cancelled = true;
            if (timer.state == ThreadState.SLEEPING) {
                m.kernel.wake(timer.index, false, 0);
            }
        }
        return in.next(t, m.costs.lockOpNs());
    }

    /** {@code threading.Timer.run}: wait for the interval unless cancelled, then run the body. */
    private boolean timerWait(SimThread t) {
        if (t.cancelled) {
            return termination.end(t);
        }
        if (t.timerSlept) {
            t.pc++;
            return true;
        }
        t.timerSlept = true;
        m.kernel.suspend(t, ThreadState.SLEEPING, null);
        m.heap.push(m.now + (m.anyTiming ? 0 : t.info.timerNs()), EntryKind.WAKE, t.index, t.token);
        return false;
    }

    /** The main thread starts the auto processes (main process only) and then the auto threads of its process. */
    private boolean startAuto(SimThread t) {
        SimProcess p = m.process(t);
        int k = 0;
        for (int q = 1; q < m.processes.length && p.index == 0; q++) {
            if (!m.scenario.processes().get(q - 1).manual() && k++ == t.autoIndex) {
                t.autoIndex++;
                return startProcess(t, m.processes[q], false);
            }
        }
        for (SimThread o : m.threads) {
            if (o.process == p.index && !o.info.isMain() && !o.info.manual() && k++ == t.autoIndex) {
                t.autoIndex++;
                return startThread(t, o);
            }
        }
        t.pc++;
        return true;
    }

    /** A timed wait expired. */
    void timeout(SimThread t) {
        t.timedOut = true;
        switch (t.blocking) {
            case Blocking.OnPrimitive(Prim prim) -> prim.timeout(m.kernel, t.index);
            case Blocking.OnThread(int thread) -> {
                m.threads[thread].joiners.remove(t.index);
                m.kernel.wake(t.index, false, 0);
            }
            case Blocking.OnProcess(int process) -> {
                m.processes[process].joiners.remove(t.index);
                m.kernel.wake(t.index, false, 0);
            }
            case Blocking.Free f -> { }
            case Blocking.Spinning s -> { }
        }
    }

    private void timeoutAfter(SimThread t, long timeoutNs) {
        if (timeoutNs > 0) {
            m.heap.push(m.now + timeoutNs, EntryKind.TIMEOUT, t.index, t.token);
        }
    }
}
