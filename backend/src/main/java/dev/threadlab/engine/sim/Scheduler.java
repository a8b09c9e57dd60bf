package dev.threadlab.engine.sim;

import dev.threadlab.engine.event.ThreadState;
import dev.threadlab.engine.primitives.Waiters;

/**
 * Who runs: one GIL per process ({@link Gil}) and {@code cores} CPUs shared by all processes.
 *
 * <p>A thread that can run first needs its process's GIL (free-threaded: skip), then a core. A core is held only
 * while RUNNING; a thread that finds no free core is READY until one frees.
 */
final class Scheduler {

    /** CFS {@code sched_wakeup_granularity_ns} default order of magnitude. */
    static final long WAKEUP_GRANULARITY_NS = 1_000_000;

    private final Machine m;
    final Gil gil;
    private final Waiters readyQueue = new Waiters();
    private int freeCores;

    Scheduler(Machine m, int cores) {
        this.m = m;
        this.gil = new Gil(m, this);
        this.freeCores = cores;
    }

    /** A copy of {@code o}'s queue and cores, for a snapshot {@code m} of its machine. */
    Scheduler(Machine m, Scheduler o) {
        this.m = m;
        this.gil = new Gil(m, this);
        this.readyQueue.setTo(o.readyQueue);
        this.freeCores = o.freeCores;
    }

    /**
     * {@code t} (off-CPU, not holding the GIL) wants to run. Any timing: every thread able to run runs; which one
     * executes its next block is the heap's choice, and blocks run one at a time, so the GIL is only shown (at
     * {@link Gil#showGil}), never waited for.
     */
    void becomeRunnable(SimThread t) {
        if (!m.gil || m.anyTiming || gil.takeOrWait(t)) {
            requestCore(t);
        }
    }

    /** {@code t} (holding its GIL if any) wants a core: it runs now, preempting a long compute, or is READY. */
    void requestCore(SimThread t) {
        if (freeCores > 0) {
            freeCores--;
            dispatch(t);
            return;
        }
        SimThread victim = wakeupVictim();
        if (victim != null) {
            victim.computeLeft = victim.computeEnd - m.now;
            victim.inCompute = false;
            m.kernel.invalidate(victim);
            readyQueue.add(victim.index);
            m.kernel.setState(victim, ThreadState.READY, null);
            dispatch(t);
        } else {
            readyQueue.add(t.index);
            m.kernel.setState(t, ThreadState.READY, null);
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
        m.kernel.setState(t, ThreadState.RUNNING, null);
        m.heap.push(m.now, EntryKind.STEP, t.index, t.token);
    }

    /** {@code t} stops running (io, sleep, blocked, terminated …): releases its core and GIL. */
    void leaveCpu(SimThread t, ThreadState state, String on) {
        boolean wasRunning = t.state == ThreadState.RUNNING;
        if (t.state == ThreadState.READY) {
            readyQueue.remove(t.index);
        }
        m.kernel.setState(t, state, on);
        if (wasRunning) {
            releaseCore();
        }
        SimProcess p = m.process(t);
        if (m.gil && p.gilHolder == t.index) {
            gil.release(p, t);
        }
        unparkOthers(t);
    }

    /** A core frees: the ready thread chosen takes it. */
    void releaseCore() {
        freeCores++;
        if (!readyQueue.isEmpty()) {
            int r = m.chooser.choose(readyQueue);
            readyQueue.remove(r);
            freeCores--;
            dispatch(m.threads[r]);
        }
    }

    /** At an eval breaker: true if {@code t} gave up the GIL (drop request honoured or exploring preemption). */
    boolean atBreaker(SimThread t) {
        if (m.anyTiming) {
            return false;   // every breaker is reached through the heap, whose order is the choice
        }
        if (m.gil) {
            return gil.atBreaker(t);
        }
        return m.exploring && !t.unparked && othersRunnable(t) && m.chooser.preempt(t.index)
                && m.watch.markPreemption(m.nowUs(), t.index) && park(t);
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
        m.kernel.setState(t, ThreadState.READY, null);
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
