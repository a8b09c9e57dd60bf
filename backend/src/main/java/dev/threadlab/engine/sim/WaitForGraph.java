package dev.threadlab.engine.sim;

import dev.threadlab.engine.event.Event.WaitFor;
import dev.threadlab.engine.event.ThreadState;
import dev.threadlab.engine.primitives.Prim;

import java.util.ArrayList;
import java.util.List;

/**
 * The wait-for graph of a stuck run: thread → what it waits for → the thread holding it. Reports the first cycle
 * found from the lowest-numbered waiting thread, or, when there is no cycle (waiting for something nobody will ever
 * give, such as a notify or an item), every waiting thread with {@code heldBy} null where nobody holds it.
 */
final class WaitForGraph {

    private WaitForGraph() {
    }

    static List<WaitFor> find(Machine m) {
        List<WaitFor> all = new ArrayList<>();
        int[] next = new int[m.threads.length];
        for (SimThread t : m.threads) {
            next[t.index] = -1;
            if (t.state == ThreadState.BLOCKED || t.state == ThreadState.WAITING) {
                int holder = holder(m, t);
                next[t.index] = holder;
                all.add(new WaitFor(t.id, waitsFor(m, t), holder >= 0 ? m.threads[holder].id : null));
            }
        }
        for (SimThread t : m.threads) {
            List<WaitFor> cycle = cycleFrom(m, t.index, next);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        return all;
    }

    private static List<WaitFor> cycleFrom(Machine m, int start, int[] next) {
        int slow = start;
        for (int steps = 0; steps <= m.threads.length; steps++) {
            slow = slow < 0 ? -1 : next[slow];
        }
        if (slow < 0) {
            return List.of();
        }
        int lowest = slow;
        for (int t = next[slow]; t != slow; t = next[t]) {
            lowest = Math.min(lowest, t);
        }
        List<WaitFor> cycle = new ArrayList<>();
        int t = lowest;
        do {
            SimThread th = m.threads[t];
            cycle.add(new WaitFor(th.id, waitsFor(m, th), m.threads[next[t]].id));
            t = next[t];
        } while (t != lowest);
        return cycle;
    }

    private static int holder(Machine m, SimThread t) {
        return switch (t.blocking) {
            case Blocking.OnPrimitive(Prim prim) -> prim.holder();
            case Blocking.OnThread(int thread) -> thread;
            case Blocking.OnProcess(int process) -> m.processes[process].mainThread;
            case Blocking.Free f -> shutdownHolder(m, t);
            case Blocking.Spinning s -> shutdownHolder(m, t);
        };
    }

    private static int shutdownHolder(Machine m, SimThread t) {
        if (!t.info.isMain()) {
            return -1;
        }
        for (SimThread o : m.threads) {
            if (o.process == t.process && !o.info.isMain() && !o.info.daemon() && o.alive()) {
                return o.index;
            }
        }
        return -1;
    }

    private static String waitsFor(Machine m, SimThread t) {
        return switch (t.blocking) {
            case Blocking.Spinning s -> "until " + t.code[t.pc].spin.text();
            case Blocking.OnPrimitive(Prim prim) -> prim.name();
            case Blocking.OnThread(int thread) -> m.threads[thread].id;
            case Blocking.OnProcess(int process) -> m.processes[process].id;
            case Blocking.Free f -> t.info.isMain() ? "threading._shutdown" : "?";
        };
    }
}
