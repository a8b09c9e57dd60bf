package dev.threadlab.engine.sim;

import dev.threadlab.engine.RunError;
import dev.threadlab.engine.event.Event.ErrorRaised;
import dev.threadlab.engine.event.Event.ProcessChanged;
import dev.threadlab.engine.event.Event.TimerCancelled;
import dev.threadlab.engine.event.ThreadState;
import dev.threadlab.engine.primitives.Acquirable;
import dev.threadlab.engine.primitives.Prim;
import dev.threadlab.engine.primitives.PyError;

/**
 * Threads and processes being born and dying: start, join, timers and cancel, exit, uncaught errors, the main
 * thread's {@code threading._shutdown} (wait for non-daemon threads and child processes, then kill daemons), fork.
 */
final class Lifecycle {

    private final Machine m;
    private final Interpreter in;

    Lifecycle(Machine m) {
        this.m = m;
        this.in = m.interpreter;
    }

    /** t = 0: the main process exists and its main thread starts. */
    void boot() {
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
            case EXIT -> exit(t);
            case TIMER_WAIT -> timerWait(t);
            case START_AUTO -> startAuto(t);
            case SHUTDOWN -> shutdown(t);
            case END -> end(t);
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
        suspend(t, ThreadState.WAITING, target.id);
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
            m.heap.push(m.now + costNs, Heap.START_READY, t.index, 0);
        }
    }

    /** The new thread runs for the first time: {@code start()} returns in its starter. */
    void firstRun(SimThread t) {
        SimThread starter = m.threads[t.starter];
        t.starter = -1;
        m.wake(starter.index, true, 0);
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
        m.heap.push(m.now + m.costs.processStartNs(), Heap.STEP, t.index, t.token);
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
        suspend(t, ThreadState.BLOCKED, target.id);
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
        suspend(t, ThreadState.BLOCKED, p.id);
        timeoutAfter(t, timeoutNs);
        return false;
    }

    private boolean cancel(SimThread t, SimThread timer) {
        m.emit(new TimerCancelled(m.nextSeq(), m.nowUs(), timer.id, t.id));
        if (!timer.cancelled && timer.pc == 0 && timer.state != ThreadState.TERMINATED) {
            timer.cancelled = true;
            if (timer.state == ThreadState.SLEEPING) {
                m.wake(timer.index, false, 0);
            }
        }
        return in.next(t, m.costs.lockOpNs());
    }

    /** {@code threading.Timer.run}: wait for the interval unless cancelled, then run the body. */
    private boolean timerWait(SimThread t) {
        if (t.cancelled) {
            return end(t);
        }
        if (t.timerSlept) {
            t.pc++;
            return true;
        }
        t.timerSlept = true;
        suspend(t, ThreadState.SLEEPING, null);
        m.heap.push(m.now + (m.anyTiming ? 0 : t.info.timerNs()), Heap.WAKE, t.index, t.token);
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

    private boolean exit(SimThread t) {
        unwind(t);
        return finishBody(t);
    }

    /** Releases the {@code with} blocks the thread is in, innermost first, as an exception unwinding them does. */
    private void unwind(SimThread t) {
        while (t.withDepth > 0) {
            int object = t.withStack[--t.withDepth];
            try {
                ((Acquirable) m.process(t).prims[object]).release(m, t.index);
            } catch (PyError ignored) {
                // the original exception wins, as in CPython's __exit__ chaining
            }
        }
    }

    private boolean finishBody(SimThread t) {
        if (t.info.isMain()) {
            t.pc = t.code.length - 2;
            return true;
        }
        return end(t);
    }

    /** An uncaught exception: report it, unwind {@code with} blocks, end the thread (main: go to shutdown). */
    void raise(SimThread t, PyError e, String path) {
        m.errors.add(new RunError(t.id, e.type(), e.getMessage(), m.now / 1e6, path));
        m.emit(new ErrorRaised(m.nextSeq(), m.nowUs(), t.id, e.type(), e.getMessage(), path));
        unwind(t);
        if (finishBody(t) && t.state == ThreadState.RUNNING) {
            m.heap.push(m.now, Heap.STEP, t.index, t.token);
        }
    }

    private boolean shutdown(SimThread t) {
        SimProcess p = m.process(t);
        if (!everythingDone(p)) {
            p.shutdownWaiting = true;
            suspend(t, ThreadState.BLOCKED, "threading._shutdown");
            return false;
        }
        for (SimThread o : m.threads) {
            if (o.process == p.index && o.info.daemon() && o.alive()) {
                kill(o);
            }
        }
        t.pc++;
        return true;
    }

    private boolean everythingDone(SimProcess p) {
        for (SimThread o : m.threads) {
            if (o.process == p.index && !o.info.isMain() && !o.info.daemon() && o.started
                    && o.state != ThreadState.TERMINATED) {
                return false;
            }
        }
        for (SimProcess c : m.processes) {
            if (c.parent == p.index && c.started && !c.ended) {
                return false;
            }
        }
        return true;
    }

    private void kill(SimThread o) {
        m.invalidate(o);
        m.scheduler.forget(o);
        o.clearWait();
        m.setState(o, ThreadState.TERMINATED, null);
    }

    private boolean end(SimThread t) {
        m.scheduler.leaveCpu(t, ThreadState.TERMINATED, null);
        m.invalidate(t);
        for (int k = 0; k < t.joiners.size(); k++) {
            m.wake(t.joiners.get(k), true, 0);
        }
        t.joiners.clear();
        SimProcess p = m.process(t);
        if (t.info.isMain()) {
            long exitNs = p.index == 0 ? 0 : m.costs.processExitNs();
            m.heap.push(m.now + exitNs, Heap.PROCESS_EXIT, p.index, 0);
        } else {
            checkShutdown(p);
        }
        return false;
    }

    void processExited(SimProcess p) {
        p.ended = true;
        m.emit(new ProcessChanged(m.nextSeq(), m.nowUs(), p.id, false));
        for (int k = 0; k < p.joiners.size(); k++) {
            m.wake(p.joiners.get(k), true, 0);
        }
        p.joiners.clear();
        if (p.parent >= 0) {
            checkShutdown(m.processes[p.parent]);
        }
    }

    private void checkShutdown(SimProcess p) {
        if (p.shutdownWaiting && everythingDone(p)) {
            p.shutdownWaiting = false;
            m.wake(p.mainThread, true, 0);
        }
    }

    /** A timed wait expired. */
    void timeout(SimThread t) {
        t.timedOut = true;
        switch (t.blocking) {
            case Blocking.OnPrimitive(Prim prim) -> prim.timeout(m, t.index);
            case Blocking.OnThread(int thread) -> {
                m.threads[thread].joiners.remove(t.index);
                m.wake(t.index, false, 0);
            }
            case Blocking.OnProcess(int process) -> {
                m.processes[process].joiners.remove(t.index);
                m.wake(t.index, false, 0);
            }
            case Blocking.Free f -> { }
            case Blocking.Spinning s -> { }
        }
    }

    private void suspend(SimThread t, ThreadState state, String on) {
        t.resuming = true;
        m.scheduler.leaveCpu(t, state, on);
    }

    private void timeoutAfter(SimThread t, long timeoutNs) {
        if (timeoutNs > 0) {
            m.heap.push(m.now + timeoutNs, Heap.TIMEOUT, t.index, t.token);
        }
    }
}
