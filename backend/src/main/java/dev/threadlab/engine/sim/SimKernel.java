package dev.threadlab.engine.sim;

import dev.threadlab.engine.event.Event;
import dev.threadlab.engine.event.Event.ThreadStateChanged;
import dev.threadlab.engine.event.ThreadState;
import dev.threadlab.engine.primitives.Kernel;
import dev.threadlab.engine.primitives.Prim;
import dev.threadlab.engine.primitives.Waiters;

/**
 * The state changes of a {@link Machine}'s threads — a move to another state, blocking on a primitive, waking,
 * cancelling what a thread scheduled — and the {@link Kernel} its primitives see: these, its clock and event stream,
 * and its {@link Chooser}.
 */
final class SimKernel implements Kernel {

    private final Machine m;

    SimKernel(Machine m) {
        this.m = m;
    }

    /** Moves {@code t} to {@code state}, accounting the time spent in the previous one. */
    void setState(SimThread t, ThreadState state, String on) {
        t.timeIn[t.state.ordinal()] += m.now - t.since;
        t.since = m.now;
        t.state = state;
        m.emit(new ThreadStateChanged(m.nextSeq(), m.nowUs(), t.id, state, on));
    }

    /** Cancels whatever {@code t} had scheduled (compute end, wake-up, timeout). */
    void invalidate(SimThread t) {
        t.token++;
        m.heap.cancelThread(t.index);
    }

    /** {@code t} stops running to wait in {@code state}; when it runs again it first completes the call it is in. */
    void suspend(SimThread t, ThreadState state, String on) {
        t.resuming = true;
        m.scheduler.leaveCpu(t, state, on);
    }

    @Override
    public long nowUs() {
        return m.nowUs();
    }

    @Override
    public long nextSeq() {
        return m.nextSeq();
    }

    @Override
    public void emit(Event event) {
        m.emit(event);
    }

    @Override
    public String threadName(int thread) {
        return m.threads[thread].id;
    }

    @Override
    public int choose(Waiters waiters) {
        return m.chooser.choose(waiters);
    }

    @Override
    public void block(int thread, ThreadState state, Prim on, long timeoutNs) {
        SimThread t = m.threads[thread];
        t.blocking = new Blocking.OnPrimitive(on);
        suspend(t, state, on.name());
        if (timeoutNs >= 0) {
            m.heap.push(m.now + timeoutNs, EntryKind.TIMEOUT, thread, t.token);
        }
    }

    @Override
    public void reblock(int thread, ThreadState state, Prim on) {
        SimThread t = m.threads[thread];
        t.blocking = new Blocking.OnPrimitive(on);
        setState(t, state, on.name());
    }

    @Override
    public void wake(int thread, boolean ok, long item) {
        SimThread t = m.threads[thread];
        if (t.state == ThreadState.TERMINATED) {
            return;
        }
        invalidate(t);
        t.wakeOk = ok;
        t.wakeItem = item;
        t.clearWait();
        m.scheduler.becomeRunnable(t);
    }
}
