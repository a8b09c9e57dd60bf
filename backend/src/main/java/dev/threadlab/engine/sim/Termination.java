package dev.threadlab.engine.sim;

import dev.threadlab.engine.RunError;
import dev.threadlab.engine.event.Event.ErrorRaised;
import dev.threadlab.engine.event.Event.ProcessChanged;
import dev.threadlab.engine.event.ThreadState;
import dev.threadlab.engine.primitives.Acquirable;
import dev.threadlab.engine.primitives.PyError;

/**
 * Threads and processes ending: a body's end, {@code _thread.exit()}, an uncaught exception (its {@code with} blocks
 * unwound), the main thread's {@code threading._shutdown} (wait for non-daemon threads and child processes, then kill
 * daemons) and a process's exit; whoever joined them wakes.
 */
final class Termination {

    private final Machine m;

    Termination(Machine m) {
        this.m = m;
    }

    /** {@code _thread.exit()}: unwinds the {@code with} blocks and ends the body. */
    boolean exit(SimThread t) {
        unwind(t);
        return finishBody(t);
    }

    /** Releases the {@code with} blocks the thread is in, innermost first, as an exception unwinding them does. */
    private void unwind(SimThread t) {
        while (t.withDepth > 0) {
            int object = t.withStack[--t.withDepth];
            try {
                ((Acquirable) m.process(t).prims[object]).release(m.kernel, t.index);
            } catch (PyError ignored) {
                // the original exception wins, as in CPython's __exit__ chaining
            }
        }
    }

    /** The body is done: a main thread goes on to its shutdown (true), any other thread ends. */
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
            m.heap.push(m.now, EntryKind.STEP, t.index, t.token);
        }
    }

    /**
     * The main thread's {@code threading._shutdown}: waits for the process's non-daemon threads and child processes,
     * then kills its daemon threads.
     */
    boolean shutdown(SimThread t) {
        SimProcess p = m.process(t);
        if (!everythingDone(p)) {
            p.shutdownWaiting = true;
            m.kernel.suspend(t, ThreadState.BLOCKED, "threading._shutdown");
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
        m.kernel.invalidate(o);
        m.scheduler.forget(o);
        o.clearWait();
        m.kernel.setState(o, ThreadState.TERMINATED, null);
    }

    /** The thread ends: its joiners wake; a main thread's end is its process's exit after the exit cost. */
    boolean end(SimThread t) {
        m.scheduler.leaveCpu(t, ThreadState.TERMINATED, null);
        m.kernel.invalidate(t);
        for (int k = 0; k < t.joiners.size(); k++) {
            m.kernel.wake(t.joiners.get(k), true, 0);
        }
        t.joiners.clear();
        SimProcess p = m.process(t);
        if (t.info.isMain()) {
            long exitNs = p.index == 0 ? 0 : m.costs.processExitNs();
            m.heap.push(m.now + exitNs, EntryKind.PROCESS_EXIT, p.index, 0);
        } else {
            checkShutdown(p);
        }
        return false;
    }

    /** The process has exited: its joiners wake, and its parent's shutdown may go on. */
    void processExited(SimProcess p) {
        p.ended = true;
        m.emit(new ProcessChanged(m.nextSeq(), m.nowUs(), p.id, false));
        for (int k = 0; k < p.joiners.size(); k++) {
            m.kernel.wake(p.joiners.get(k), true, 0);
        }
        p.joiners.clear();
        if (p.parent >= 0) {
            checkShutdown(m.processes[p.parent]);
        }
    }

    private void checkShutdown(SimProcess p) {
        if (p.shutdownWaiting && everythingDone(p)) {
            p.shutdownWaiting = false;
            m.kernel.wake(p.mainThread, true, 0);
        }
    }
}
