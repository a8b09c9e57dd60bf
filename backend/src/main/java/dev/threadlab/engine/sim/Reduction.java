package dev.threadlab.engine.sim;

import dev.threadlab.engine.event.ThreadState;
import dev.threadlab.engine.primitives.ConditionPrim;
import dev.threadlab.engine.primitives.Prim;

import java.util.BitSet;

/**
 * Any timing: partial-order reduction by persistent sets (Godefroid, "Partial-Order Methods for the Verification of
 * Concurrent Systems", ch. 4). At a choice among pending entries, it keeps the smallest set T of threads such that
 * nothing another thread can do, before one of T moves, touches what T's next blocks touch ({@link Footprints}): the
 * schedules cut away only reorder independent blocks, so they reach the same final states, and every outcome (a
 * final state: completed, error or deadlock) is still reached. SPIN reduces the same way (its "ample sets").
 *
 * <p>A thread outside T that is blocked counts only if it could be woken without T: a join of a thread in T, the
 * starter of a thread in T, the main thread's {@code threading._shutdown} while a non-daemon thread of T lives, and a
 * wait on an object that only threads of T may touch, stay blocked until T moves. Anything else blocked whose future
 * touches T, any process-wide entry, or a block that touches the whole machine, and no reduction is made.
 */
final class Reduction {

    private final Machine m;
    private final Footprints f;

    Reduction(Machine m, Footprints f) {
        this.m = m;
        this.f = f;
    }

    /** The keys ({@code keys}, ascending) of the smallest persistent set found, ascending; {@code keys} if none. */
    int[] persistent(int[] keys) {
        if (keys.length < 2) {
            return keys;
        }
        int n = m.threads.length;
        boolean[] pending = new boolean[n];
        for (int key : keys) {
            if (!m.heap.isThreadKey(key)) {
                return keys;
            }
            pending[key] = true;
        }
        boolean[] best = null;
        int bestSize = keys.length;
        for (int key : keys) {
            boolean[] set = closure(key, pending);
            int size = set == null ? Integer.MAX_VALUE : count(set);
            if (size < bestSize) {
                best = set;
                bestSize = size;
            }
        }
        if (best == null) {
            return keys;
        }
        int[] out = new int[bestSize];
        int k = 0;
        for (int key : keys) {
            if (best[key]) {
                out[k++] = key;
            }
        }
        return out;
    }

    private static int count(boolean[] set) {
        int c = 0;
        for (boolean b : set) {
            c += b ? 1 : 0;
        }
        return c;
    }

    /** T grown from thread {@code start} until no thread outside it conflicts; null if that is impossible. */
    private boolean[] closure(int start, boolean[] pending) {
        boolean[] in = new boolean[m.threads.length];
        BitSet touched = new BitSet();
        if (!add(start, in, touched)) {
            return null;
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (SimThread u : m.threads) {
                if (in[u.index] || u.state == ThreadState.TERMINATED || !conflicts(u, touched)) {
                    continue;
                }
                if (pending[u.index]) {
                    if (!add(u.index, in, touched)) {
                        return null;
                    }
                    grew = true;
                } else if (!staysBlocked(u, in)) {
                    return null;
                }
            }
        }
        return in;
    }

    /** Adds thread {@code t} (which has a pending entry) and what its entry touches; false if it touches everything. */
    private boolean add(int t, boolean[] in, BitSet touched) {
        in[t] = true;
        SimThread th = m.threads[t];
        touched.set(f.threadKey(t));
        if (m.heap.kindOf(t) != EntryKind.STEP) {
            // a timeout, a wake-up or a start: the thread and what it waits on
            return switch (th.blocking) {
                case Blocking.OnProcess p -> false;
                case Blocking.OnThread(int thread) -> {
                    touched.set(f.threadKey(thread));
                    yield true;
                }
                case Blocking.OnPrimitive(Prim prim) -> touchPrimitive(th, prim, touched);
                case Blocking.Free free -> true;
                case Blocking.Spinning s -> true;
            };
        }
        if (f.nextGlobal(t, th.pc)) {
            return false;
        }
        touched.or(f.next(t, th.pc));
        if (th.starter >= 0) {
            touched.set(f.threadKey(th.starter));   // its first run returns start() in the starter
        }
        for (int i = 0; i < th.withDepth; i++) {
            touched.set(f.objectKey(m.scenario, th.process, th.withStack[i]));   // released if it raises
        }
        return true;
    }

    /** Adds the primitive a woken thread waited on (and a condition's lock); false if it touches everything. */
    private boolean touchPrimitive(SimThread th, Prim prim, BitSet touched) {
        int object = objectOf(prim, th.process);
        if (object < 0) {
            return false;
        }
        touched.set(f.objectKey(m.scenario, th.process, object));
        if (prim instanceof ConditionPrim c) {
            int lock = objectOf(c.lock(), th.process);   // a timed-out wait takes the lock again
            if (lock < 0) {
                return false;
            }
            touched.set(f.objectKey(m.scenario, th.process, lock));
        }
        return true;
    }

    /** Whether anything {@code u} may do from now on touches {@code touched}. */
    private boolean conflicts(SimThread u, BitSet touched) {
        return f.futureGlobal(u.index, u.pc) || f.future(u.index, u.pc).intersects(touched)
                || touched.get(f.threadKey(u.index));
    }

    /** Whether blocked thread {@code u} cannot be woken by threads outside {@code in}, so it cannot act before them. */
    private boolean staysBlocked(SimThread u, boolean[] in) {
        int acquiring = m.eventLoop.blockedAcquire(u.index);
        if (acquiring >= 0) {
            return untouchedOutside(u, f.objectKey(m.scenario, u.process, acquiring), in);
        }
        if (!u.started) {
            return untouchedOutside(u, f.threadKey(u.index), in);
        }
        switch (u.blocking) {
            case Blocking.Spinning s -> {
                return untouchedOutside(u, f.next(u.index, u.pc), in);
            }
            case Blocking.OnThread(int thread) -> {
                return in[thread] && !m.threads[thread].info.daemon();
            }
            case Blocking.OnPrimitive(Prim prim) -> {
                int object = objectOf(prim, u.process);
                // a Condition's own lock is not a declared object
                return object >= 0 && untouchedOutside(u, f.objectKey(m.scenario, u.process, object), in);
            }
            case Blocking.Free free -> { }
            case Blocking.OnProcess p -> { }
        }
        return waitsForInside(u, in);
    }

    /**
     * Whether {@code u}, blocked on nothing the machine models as an object, waits for {@code in}: the main thread in
     * {@code threading._shutdown} while a non-daemon thread of its process in {@code in} lives, or the starter of a
     * thread in {@code in}.
     */
    private boolean waitsForInside(SimThread u, boolean[] in) {
        SimProcess p = m.process(u);
        if (u.info.isMain() && p.shutdownWaiting) {
            for (SimThread o : m.threads) {
                if (in[o.index] && o.process == u.process && !o.info.isMain() && !o.info.daemon()) {
                    return true;
                }
            }
            return false;
        }
        for (SimThread o : m.threads) {
            if (o.starter == u.index) {
                return in[o.index];
            }
        }
        return false;
    }

    /** Whether no thread outside {@code in} (nor {@code u}) may ever touch {@code key}. */
    private boolean untouchedOutside(SimThread u, int key, boolean[] in) {
        BitSet keys = new BitSet();
        keys.set(key);
        return untouchedOutside(u, keys, in);
    }

    /** Whether no thread outside {@code in} (nor {@code u}) may ever touch {@code keys}. */
    private boolean untouchedOutside(SimThread u, BitSet keys, boolean[] in) {
        for (SimThread o : m.threads) {
            if (o != u && !in[o.index] && o.state != ThreadState.TERMINATED
                    && (f.futureGlobal(o.index, o.pc) || f.future(o.index, o.pc).intersects(keys))) {
                return false;
            }
        }
        return true;
    }

    /** The object index of {@code prim} in {@code process} (an mp.Queue is found in any), or -1. */
    private int objectOf(Prim prim, int process) {
        if (prim == null) {
            return -1;
        }
        Prim[] prims = m.processes[process].prims;
        for (int o = 0; o < prims.length; o++) {
            if (prims[o] == prim) {
                return o;
            }
        }
        return -1;
    }
}
