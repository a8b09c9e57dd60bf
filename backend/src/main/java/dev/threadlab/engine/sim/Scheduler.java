package dev.threadlab.engine.sim;

import dev.threadlab.engine.event.Event.GilDropRequested;
import dev.threadlab.engine.event.Event.GilDropped;
import dev.threadlab.engine.event.Event.GilTaken;
import dev.threadlab.engine.event.Event.ThreadStateChanged;
import dev.threadlab.engine.event.ThreadState;
import dev.threadlab.engine.primitives.Waiters;

/**
 * Who runs: one GIL per process and {@code cores} CPUs shared by all processes.
 *
 * <p>A thread that can run first needs its process's GIL (free-threaded: skip), then a core. Waiting for the GIL
 * while another thread holds it arms a drop request after the switch interval (CPython 3.2+ "forced switching",
 * Python/ceval_gil.c): the holder drops the GIL at its next eval breaker (at once when inside {@code compute}) and a
 * waiter — chosen by the {@link Chooser} — takes it; the dropper becomes a waiter. The interval restarts at every
 * hand-over. A core is held only while RUNNING; a thread that finds no free core is READY until one frees.
 */
final class Scheduler {

    /** CFS {@code sched_wakeup_granularity_ns} default order of magnitude. */
    static final long WAKEUP_GRANULARITY_NS = 1_000_000;

    private final Machine m;
    private final Waiters readyQueue = new Waiters();
    private int freeCores;

    Scheduler(Machine m, int cores) {
        this.m = m;
        this.freeCores = cores;
    }

    /** A copy of {@code o}'s queue and cores, for a snapshot {@code m} of its machine. */
    Scheduler(Machine m, Scheduler o) {
        this.m = m;
        this.readyQueue.setTo(o.readyQueue);
        this.freeCores = o.freeCores;
    }

    /**
     * {@code t} (off-CPU, not holding the GIL) wants to run. Any timing: every thread able to run runs; which one
     * executes its next block is the heap's choice, and blocks run one at a time, so the GIL is only shown (at
     * {@link #showGil}), never waited for.
     */
    void becomeRunnable(SimThread t) {
        if (!m.gil || m.anyTiming) {
            requestCore(t);
            return;
        }
        SimProcess p = m.process(t);
        if (p.gilHolder < 0) {
            takeGil(p, t);
            requestCore(t);
        } else {
            p.gilWaiters.add(t.index);
            m.setState(t, ThreadState.WAITING_GIL, null);
            armDrop(p);
            preemptOnArrival(p);
        }
    }

    /**
     * Exploring: a waiter arrived while the holder is inside {@code compute}, whose eval breaker is checked
     * continuously, so a drop could happen right now (choice 1) as well as later.
     */
    private void preemptOnArrival(SimProcess p) {
        SimThread holder = m.threads[p.gilHolder];
        if (m.exploring && holder.state == ThreadState.RUNNING && holder.inCompute && m.chooser.preempt(holder.index)) {
            m.markPreemption(holder);
            preemptCompute(holder);
        }
    }

    private void preemptCompute(SimThread holder) {
        holder.computeLeft = holder.computeEnd - m.now;
        holder.inCompute = false;
        m.invalidate(holder);
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

    private void requestCore(SimThread t) {
        if (freeCores > 0) {
            freeCores--;
            dispatch(t);
            return;
        }
        SimThread victim = wakeupVictim();
        if (victim != null) {
            victim.computeLeft = victim.computeEnd - m.now;
            victim.inCompute = false;
            m.invalidate(victim);
            readyQueue.add(victim.index);
            m.setState(victim, ThreadState.READY, null);
            dispatch(t);
        } else {
            readyQueue.add(t.index);
            m.setState(t, ThreadState.READY, null);
        }
    }

    /**
     * Linux CFS wake-up preemption, simplified: a thread that woke up and finds every core busy takes the core of the
     * thread that has been computing longest, if it has run at least {@link #WAKEUP_GRANULARITY_NS}. The preempted
     * thread is READY (keeping its GIL) until a core frees. Without this, an I/O thread would wait for a whole
     * compute step of a CPU-bound thread.
     */
    private SimThread wakeupVictim() {
        SimThread victim = null;
        for (SimThread o : m.threads) {
            if (o.state == ThreadState.RUNNING && o.inCompute && m.now - o.since >= WAKEUP_GRANULARITY_NS
                    && (victim == null || o.since < victim.since)) {
                victim = o;
            }
        }
        return victim;
    }

    private void dispatch(SimThread t) {
        t.progressed = false;
        m.setState(t, ThreadState.RUNNING, null);
        m.heap.push(m.now, Heap.STEP, t.index, t.token);
    }

    /** {@code t} stops running (io, sleep, blocked, terminated …): releases its core and GIL. */
    void leaveCpu(SimThread t, ThreadState state, String on) {
        boolean wasRunning = t.state == ThreadState.RUNNING;
        if (t.state == ThreadState.READY) {
            readyQueue.remove(t.index);
        }
        m.setState(t, state, on);
        if (wasRunning) {
            releaseCore();
        }
        SimProcess p = m.process(t);
        if (m.gil && p.gilHolder == t.index) {
            releaseGil(p, t);
        }
        unparkOthers(t);
    }

    private void releaseCore() {
        freeCores++;
        if (!readyQueue.isEmpty()) {
            int r = m.chooser.choose(readyQueue);
            readyQueue.remove(r);
            freeCores--;
            dispatch(m.threads[r]);
        }
    }

    private void releaseGil(SimProcess p, SimThread t) {
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
        requestCore(next);
    }

    private void takeGil(SimProcess p, SimThread t) {
        p.gilHolder = t.index;
        m.emit(new GilTaken(m.nextSeq(), m.nowUs(), p.id, t.id));
    }

    private void armDrop(SimProcess p) {
        if (!p.dropArmed && p.gilHolder >= 0 && !p.gilWaiters.isEmpty()) {
            p.dropArmed = true;
            m.heap.push(m.now + m.switchNs, Heap.DROP, p.index, ++p.dropToken);
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

    /** At an eval breaker: true if {@code t} gave up the GIL (drop request honoured or exploring preemption). */
    boolean atBreaker(SimThread t) {
        if (m.anyTiming) {
            return false;   // every breaker is reached through the heap, whose order is the choice
        }
        if (m.gil) {
            SimProcess p = m.process(t);
            if (p.gilWaiters.isEmpty()) {
                return false;
            }
            if (p.dropRequested || (m.exploring && t.progressed && m.chooser.preempt(t.index)
                    && m.markPreemption(t))) {
                forceSwitch(t);
                return true;
            }
            return false;
        }
        return m.exploring && !t.unparked && othersRunnable(t) && m.chooser.preempt(t.index)
                && m.markPreemption(t) && park(t);
    }

    /** The holder drops the GIL, one waiter takes it, and the holder waits for it again. */
    private void forceSwitch(SimThread holder) {
        SimProcess p = m.process(holder);
        m.setState(holder, ThreadState.WAITING_GIL, null);
        releaseCore();
        dropped(p, holder);
        handOver(p);
        p.gilWaiters.add(holder.index);
        armDrop(p);
    }

    // ---- free-threaded exploration: a preempted thread waits until another thread of its process moves ---------

    private boolean othersRunnable(SimThread t) {
        for (SimThread o : m.threads) {
            if (o != t && o.process == t.process && !o.parked
                    && (o.state == ThreadState.RUNNING || o.state == ThreadState.READY)) {
                return true;
            }
        }
        return false;
    }

    private boolean park(SimThread t) {
        t.parked = true;
        m.setState(t, ThreadState.READY, null);
        releaseCore();
        return true;
    }

    /** After {@code t} made progress, threads of its process that yielded to it may go again. */
    void unparkOthers(SimThread t) {
        if (!m.exploring || m.gil) {
            return;
        }
        for (SimThread o : m.threads) {
            if (o.parked && o != t && o.process == t.process) {
                o.parked = false;
                o.unparked = true;
                requestCore(o);
            }
        }
    }

    /** Nothing else is pending: let parked threads go. False if there were none. */
    boolean unparkAny() {
        boolean any = false;
        for (SimThread o : m.threads) {
            if (o.parked) {
                o.parked = false;
                o.unparked = true;
                requestCore(o);
                any = true;
            }
        }
        return any;
    }

    /** Exploring: the free cores and who waits for one, in order. */
    void digest(dev.threadlab.engine.primitives.Digest d) {
        d.add(freeCores).addUnordered(readyQueue);
    }

    /** Removes a killed thread from the GIL and core queues. */
    void forget(SimThread t) {
        m.process(t).gilWaiters.remove(t.index);
        readyQueue.remove(t.index);
        if (t.state == ThreadState.RUNNING) {
            freeCores++;
        }
        t.parked = false;
    }
}
