package dev.threadlab.engine.sim;

import dev.threadlab.engine.RunError;
import dev.threadlab.engine.event.ThreadState;
import dev.threadlab.engine.primitives.Digest;
import dev.threadlab.engine.primitives.Prim;

/**
 * The explorer's view of a {@link Machine} at a quiescent point (between two dispatches): everything that decides
 * what the rest of the run can do, as a vector of longs. Two points with equal vectors have the same futures for the
 * same later choices, so a stateful search need explore only one of them.
 *
 * <p>Waiters that only ever leave through a choice (GIL, cores, locks, semaphores, conditions, queue getters and
 * putters) are written as sets: in exploring mode a choice offers its candidates in thread order, so their arrival
 * order decides nothing. Waiters woken in order (events, joiners) keep their order.
 *
 * <p>Left out on purpose, because no outcome depends on them: event counters ({@code seq}), printed lines, time
 * accounting per state, the lost-update bookkeeping (versions), tokens and push counters (replaced by freshness and
 * pop order). Time is relative to {@code now}: states equal up to a shift of the clock are merged. A shift could
 * only matter to the run limits ({@code maxVirtualSeconds}, {@code maxStateChanges}), which an exploration does not
 * reach on the small scenarios it is for; a run that does reach a limit is reported as a {@code limit} outcome.
 */
final class StateVectors {

    private StateVectors() {
    }

    /** See {@link Machine#approximateBytes}: the state vector's size plus the objects' and arrays' overheads. */
    static long approximateBytes(Machine m) {
        Digest d = new Digest();
        of(m, d);
        return 256 + 8L * d.size() + 160L * m.threads.length + 200L * m.processes.length + 40L * m.heap.capacity()
                + m.chooser.recordBytes() + 96L * m.errors.size() + m.watch.approximateBytes();
    }

    static void of(Machine m, Digest d) {
        d.reset();
        d.anyOrder(m.anyTiming);
        boolean contended = coresContended(m);
        for (SimThread t : m.threads) {
            thread(d, m, t, contended);
        }
        for (SimProcess p : m.processes) {
            process(d, p, m.anyTiming);
        }
        m.scheduler.digest(d);
        m.heap.digest(d, m.now, (kind, index, token) -> EventLoop.fresh(m, kind, index, token), m.anyTiming);
        d.add(m.errors.size());
        for (RunError e : m.errors) {
            d.add(e.thread()).add(e.type()).add(e.message()).add(String.valueOf(e.step()));
        }
    }

    private static void thread(Digest d, Machine m, SimThread t, boolean coresContended) {
        d.add(t.state.ordinal()).add(t.pc).add(t.started).add(t.cancelled).add(t.starter).add(t.timerSlept)
                .add(t.autoIndex).add(t.resuming).add(t.resuming && t.wakeOk).add(t.resuming && t.timedOut && t.code[t.pc].slot >= 0).add(t.resuming ? t.wakeItem : 0)
                .add(t.inCompute).add(m.anyTiming || !t.inCompute ? 0 : t.computeEnd - m.now)
                .add(m.anyTiming ? Long.signum(t.computeLeft) : t.computeLeft).add(t.parked)
                .add(t.progressed && !m.anyTiming)
                .add(t.unparked).add(t.joiners)
                .add(t.state == ThreadState.RUNNING && coresContended && !m.anyTiming ? m.now - t.since : 0);
        blocking(d, m, t.blocking);
        d.add(t.withDepth);
        for (int i = 0; i < t.withDepth; i++) {
            d.add(t.withStack[i]);
        }
        for (long local : t.locals) {
            d.add(local);
        }
    }

    /**
     * When a thread started running matters only to wake-up preemption, which needs every core busy; under the GIL
     * at most one thread per process runs, so with at least as many cores as processes it never happens.
     */
    private static boolean coresContended(Machine m) {
        return !m.gil || m.scenario.runtime().cores() < m.processes.length;
    }

    /** What a thread waits for: the kind, then the thread, process or primitive (by process and object). */
    private static void blocking(Digest d, Machine m, Blocking b) {
        switch (b) {
            case Blocking.Free f -> d.add(0);
            case Blocking.Spinning s -> d.add(1);
            case Blocking.OnThread(int thread) -> d.add(2).add(thread);
            case Blocking.OnProcess(int process) -> d.add(3).add(process);
            case Blocking.OnPrimitive(Prim prim) -> {
                d.add(4);
                prim(d, m, prim);
            }
        }
    }

    /** Which object a thread waits on, as (process, object index), or -1. */
    private static void prim(Digest d, Machine m, Prim p) {
        if (p == null) {
            d.add(-1);
            return;
        }
        for (SimProcess proc : m.processes) {
            for (int o = 0; o < proc.prims.length; o++) {
                if (proc.prims[o] == p) {
                    d.add(proc.index).add(o);
                    return;
                }
            }
        }
        d.add(p.name());
    }

    /** Any timing shows the GIL's holder but is not ordered by it: it is left out. */
    private static void process(Digest d, SimProcess p, boolean anyTiming) {
        d.add(p.started).add(p.shutdownWaiting).add(p.ended).add(p.joiners).add(anyTiming ? -1 : p.gilHolder).addUnordered(p.gilWaiters)
                .add(p.dropRequested).add(p.dropArmed);
        for (int o = 0; o < p.ints.length; o++) {
            d.add(p.ints[o]);
            if (p.prims[o] != null) {
                p.prims[o].digest(d);
            }
        }
    }
}
