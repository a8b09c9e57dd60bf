package dev.threadlab.engine.sim;

import dev.threadlab.engine.event.ThreadState;
import dev.threadlab.engine.primitives.Acquirable;

/**
 * Any timing (DESIGN.md §3.1): which pending heap entry the {@link Machine} dispatches next. Durations order nothing,
 * so every pending entry is a candidate — a thread's next block, a timeout, a Timer's wake-up, a process's exit —
 * except a thread waiting to acquire something held (see {@link #enabled}); the {@link Reduction}, when on, keeps a
 * persistent set of them; the {@link Chooser} picks one and records whether that preempted the thread that ran last.
 */
final class NextEntry {

    private final Machine m;
    /** Null when every candidate is offered (no partial-order reduction). */
    private final Reduction reduction;

    NextEntry(Machine m, Reduction reduction) {
        this.m = m;
        this.reduction = reduction;
    }

    boolean reduces() {
        return reduction != null;
    }

    /**
     * The key of the entry to dispatch; picking another thread where {@code lastRun} (the thread that ran the last
     * block, or -1) could go on is a preemption, marked for the timeline.
     */
    int choose(int lastRun) {
        int[] keys = enabled(m.heap.pendingKeys());
        keys = reduction == null ? keys : reduction.persistent(keys);
        int running = lastRun >= 0 && m.heap.pending(lastRun) && m.heap.kindOf(lastRun) == EntryKind.STEP
                && blockedAcquire(lastRun) < 0 ? lastRun : -1;
        int index = m.chooser.pickEntry(keys, keys.length, running);
        if (keys.length >= 2 && m.chooser.preemptive(m.chooser.size() - 1)) {
            m.watch.markPreemption(m.nowUs(), lastRun);
        }
        return keys[index];
    }

    /**
     * The pending entries whose thread can move. A thread whose next block is a blocking {@code acquire()} (no
     * timeout) of something it cannot get now is not offered: as in CPython (and in SPIN's models) it waits until the
     * object is free and then competes for it, so "tried and blocked" and "about to try" are one state, and a release
     * hands nothing over. When no entry can move, all are offered: the acquirers then block for real and the run ends
     * in a deadlock with its wait-for cycle.
     */
    private int[] enabled(int[] keys) {
        int n = 0;
        for (int key : keys) {
            if (canMove(key)) {
                n++;
            }
        }
        if (n == keys.length || n == 0) {
            return keys;
        }
        int[] out = new int[n];
        int k = 0;
        for (int key : keys) {
            if (canMove(key)) {
                out[k++] = key;
            }
        }
        return out;
    }

    private boolean canMove(int key) {
        return !m.heap.isThreadKey(key) || blockedAcquire(key) < 0;
    }

    /**
     * The object index of the blocking, untimed {@code acquire}/{@code with} that thread {@code t}'s next dispatch
     * would start with and that would wait now, or -1.
     */
    int blockedAcquire(int t) {
        SimThread th = m.threads[t];
        if (!m.heap.pending(t) || m.heap.kindOf(t) != EntryKind.STEP || th.resuming || th.starter >= 0
                || th.state != ThreadState.RUNNING) {
            return -1;
        }
        Instr i = th.code[th.pc];
        if ((i.op != Op.ACQUIRE && i.op != Op.WITH_ENTER) || !i.blocking || i.timeoutNs >= 0) {
            return -1;
        }
        return m.process(th).prims[i.target] instanceof Acquirable a && a.wouldBlock(t) ? i.target : -1;
    }
}
