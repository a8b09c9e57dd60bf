package dev.threadlab.engine.sim;

import dev.threadlab.engine.event.Event.GilDropRequested;
import dev.threadlab.engine.event.Event.GilDropped;
import dev.threadlab.engine.event.Event.GilTaken;
import dev.threadlab.engine.event.Event.ThreadStateChanged;
import dev.threadlab.engine.event.ThreadState;

/**
 * The GIL of each process (its state is the process's: holder, waiters, drop request and timer). Waiting for the GIL
 * while another thread holds it arms a drop request after the switch interval (CPython 3.2+ "forced switching",
 * Python/ceval_gil.c): the holder drops the GIL at its next eval breaker (at once when inside {@code compute}) and a
 * waiter — chosen by the {@link Chooser} — takes it; the dropper becomes a waiter. The interval restarts at every
 * hand-over. A thread that takes the GIL then asks the {@link Scheduler} for a core.
 */
final class Gil {

    private final Machine m;
    private final Scheduler scheduler;

    Gil(Machine m, Scheduler scheduler) {
        this.m = m;
        this.scheduler = scheduler;
    }

    /**
     * {@code t} (off-CPU, not holding the GIL) wants to run: true if it took its process's GIL, which was free; else it
     * waits for the GIL, whose holder is asked to drop it after the switch interval (exploring: maybe at once).
     */
    boolean takeOrWait(SimThread t) {
        SimProcess p = m.process(t);
        if (p.gilHolder < 0) {
            takeGil(p, t);
            return true;
        }
        p.gilWaiters.add(t.index);
        m.kernel.setState(t, ThreadState.WAITING_GIL, null);
        armDrop(p);
        preemptOnArrival(p);
        return false;
    }

    /** At an eval breaker, under the GIL: true if {@code t} gave it up (drop requested, or an exploring preemption). */
    boolean atBreaker(SimThread t) {
        SimProcess p = m.process(t);
        if (p.gilWaiters.isEmpty()) {
            return false;
        }
        if (p.dropRequested || (m.exploring && t.progressed && m.chooser.preempt(t.index)
                && m.watch.markPreemption(m.nowUs(), t.index))) {
            forceSwitch(t);
            return true;
        }
        return false;
    }

    /**
     * Exploring: a waiter arrived while the holder is inside {@code compute}, whose eval breaker is checked
     * continuously, so a drop could happen right now (choice 1) as well as later.
     */
    private void preemptOnArrival(SimProcess p) {
        SimThread holder = m.threads[p.gilHolder];
        if (m.exploring && holder.state == ThreadState.RUNNING && holder.inCompute && m.chooser.preempt(holder.index)) {
            m.watch.markPreemption(m.nowUs(), holder.index);
            preemptCompute(holder);
        }
    }

    private void preemptCompute(SimThread holder) {
        holder.computeLeft = holder.computeEnd - m.now;
        holder.inCompute = false;
        m.kernel.invalidate(holder);
        forceSwitch(holder);
    }

    /**
     * Any timing, under the GIL: {@code t} is about to execute a block, so it holds its process's GIL now. Only the
     * events say so (the previous holder, if it can still run, is shown waiting for the GIL): the GIL orders nothing
     * here, so it is not part of the state.
     */
    void showGil(SimThread t) {
        SimProcess p = m.process(t);
        if (p.gilHolder == t.index) {
            return;
        }
        if (p.gilHolder >= 0) {
            SimThread old = m.threads[p.gilHolder];
            dropped(p, old);
            if (old.state == ThreadState.RUNNING) {
                m.emit(new ThreadStateChanged(m.nextSeq(), m.nowUs(), old.id, ThreadState.WAITING_GIL, null));
            }
        }
        takeGil(p, t);
        m.emit(new ThreadStateChanged(m.nextSeq(), m.nowUs(), t.id, ThreadState.RUNNING, null));
    }

    /** {@code t}, which holds {@code p}'s GIL, stops running: it drops the GIL and a waiter takes it. */
    void release(SimProcess p, SimThread t) {
        dropped(p, t);
        handOver(p);
        armDrop(p);
    }

    private void dropped(SimProcess p, SimThread t) {
        m.emit(new GilDropped(m.nextSeq(), m.nowUs(), p.id, t.id));
        p.gilHolder = -1;
        p.dropRequested = false;
        p.dropArmed = false;
        p.dropToken++;
        m.heap.cancelDrop(p.index);
    }

    private void handOver(SimProcess p) {
        if (p.gilWaiters.isEmpty()) {
            return;
        }
        int w = m.chooser.choose(p.gilWaiters);
        p.gilWaiters.remove(w);
        SimThread next = m.threads[w];
        takeGil(p, next);
        scheduler.requestCore(next);
    }

    private void takeGil(SimProcess p, SimThread t) {
        p.gilHolder = t.index;
        m.emit(new GilTaken(m.nextSeq(), m.nowUs(), p.id, t.id));
    }

    private void armDrop(SimProcess p) {
        if (!p.dropArmed && p.gilHolder >= 0 && !p.gilWaiters.isEmpty()) {
            p.dropArmed = true;
            m.heap.push(m.now + m.switchNs, EntryKind.DROP, p.index, ++p.dropToken);
        }
    }

    /** The switch interval expired with waiters: request a drop; a holder inside compute drops at once. */
    void onDropTimer(SimProcess p) {
        p.dropArmed = false;
        if (p.gilHolder < 0 || p.gilWaiters.isEmpty()) {
            return;
        }
        p.dropRequested = true;
        SimThread holder = m.threads[p.gilHolder];
        m.emit(new GilDropRequested(m.nextSeq(), m.nowUs(), p.id, holder.id, m.threads[p.gilWaiters.get(0)].id));
        if (holder.state == ThreadState.RUNNING && holder.inCompute) {
            preemptCompute(holder);
        }
    }

    /** The holder drops the GIL, one waiter takes it, and the holder waits for it again. */
    private void forceSwitch(SimThread holder) {
        SimProcess p = m.process(holder);
        m.kernel.setState(holder, ThreadState.WAITING_GIL, null);
        scheduler.releaseCore();
        dropped(p, holder);
        handOver(p);
        p.gilWaiters.add(holder.index);
        armDrop(p);
    }
}
