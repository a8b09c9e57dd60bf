package dev.threadlab.engine.sim;

import dev.threadlab.engine.Checkpoint;
import dev.threadlab.engine.EventSink;
import dev.threadlab.engine.RunOptions;

import java.util.function.Consumer;

/**
 * The {@link Machine}'s event loop: pops the next future event (the earliest, or under any timing the one chosen by
 * {@link NextEntry}), skips a stale one, and dispatches it to the {@link Scheduler}, the {@link Interpreter} or the
 * {@link Lifecycle}. It is also where a run stops: at its limits, when its {@link ExplorationProbe} says so at a
 * quiescent point ({@link ExplorationWatch}), or when nothing is left; and where a checkpoint is handed out every so
 * many events.
 */
final class EventLoop {

    /** Any timing: how far the display clock moves at each dispatch (1 µs), so that a replay can be drawn. */
    static final long ANY_TIMING_TICK_NS = 1_000;

    private final Machine m;
    private final long maxNs;
    private final long maxEvents;
    /** Hands out checkpoints of this run every {@link #checkpointEvery} events; null for none. */
    private final Consumer<Checkpoint> checkpointTo;
    private final long checkpointEvery;
    private long nextCheckpoint;
    /** Any timing: which pending entry is dispatched next; null otherwise. */
    private final NextEntry nextEntry;
    /** The thread that ran the last block, or -1: choosing another one where it could go on is a preemption. */
    private int lastRun = -1;

    EventLoop(Machine m, RunOptions options, Blueprint blueprint) {
        this.m = m;
        this.maxNs = Math.round(options.limits().maxVirtualSeconds() * 1e9);
        this.maxEvents = options.limits().maxStateChanges();
        this.checkpointTo = options.checkpoints() == null ? null : options.checkpoints().consumer();
        this.checkpointEvery = options.checkpoints() == null ? Long.MAX_VALUE : options.checkpoints().everyEvents();
        this.nextCheckpoint = checkpointEvery;
        this.nextEntry = m.anyTiming ? new NextEntry(m, options.partialOrder()
                ? new Reduction(m, blueprint.footprints(m.scenario, m.gil)) : null) : null;
    }

    /**
     * The loop of {@code m}, a copy of {@code o}'s machine, at the same point of the run: its limits and the last
     * thread run are kept; no checkpoints are handed out.
     */
    EventLoop(Machine m, EventLoop o, Blueprint blueprint) {
        this.m = m;
        this.maxNs = o.maxNs;
        this.maxEvents = o.maxEvents;
        this.checkpointTo = null;
        this.checkpointEvery = Long.MAX_VALUE;
        this.nextCheckpoint = Long.MAX_VALUE;
        this.nextEntry = o.nextEntry == null ? null : new NextEntry(m, o.nextEntry.reduces()
                ? new Reduction(m, blueprint.footprints(m.scenario, m.gil)) : null);
        this.lastRun = o.lastRun;
    }

    /** Any timing: see {@link NextEntry#blockedAcquire}; -1 in other modes. */
    int blockedAcquire(int t) {
        return nextEntry == null ? -1 : nextEntry.blockedAcquire(t);
    }

    /** Dispatches future events until the run ends, reaches a limit or is stopped. */
    void run() {
        Heap heap = m.heap;
        ExplorationWatch watch = m.watch;
        while (!m.processes[0].ended) {
            if (watch.stopped()) {
                return;
            }
            if (m.seq >= nextCheckpoint) {
                checkpointTo.accept(new Checkpoint(m.resumeCopy(EventSink.NONE)));
                nextCheckpoint = m.seq + checkpointEvery;
            }
            if (watch.stopsAt(m)) {
                return;
            }
            if (heap.isEmpty() && !m.scheduler.unparkAny()) {
                return;
            }
            if (m.anyTiming) {
                heap.popKey(nextEntry.choose(lastRun));
            } else {
                heap.pop();
            }
            if (stale(heap)) {
                continue;
            }
            if (heap.topTime > maxNs || m.seq >= maxEvents || m.instructions >= maxEvents) {
                m.limitReached = true;
                m.now = Math.max(m.now, Math.min(heap.topTime, maxNs));
                return;
            }
            m.now = m.anyTiming ? m.now + ANY_TIMING_TICK_NS : heap.topTime;
            dispatch(heap.topKind, heap.topIndex);
        }
    }

    private boolean stale(Heap heap) {
        return !fresh(m, heap.topKind, heap.topIndex, heap.topToken);
    }

    /**
     * Whether an entry is still current: its token is its thread's (or, for a drop request, its process's) token now;
     * a start and a process's exit are never superseded.
     */
    static boolean fresh(Machine m, EntryKind kind, int index, int token) {
        return switch (kind) {
            case DROP -> m.processes[index].dropToken == token;
            case PROCESS_EXIT, START_READY -> true;
            case STEP, WAKE, TIMEOUT -> m.threads[index].token == token;
        };
    }

    private void dispatch(EntryKind kind, int index) {
        switch (kind) {
            case EntryKind.STEP -> {
                lastRun = index;
                m.interpreter.run(m.threads[index]);
            }
            case EntryKind.WAKE -> m.scheduler.becomeRunnable(m.threads[index]);
            case EntryKind.TIMEOUT -> m.lifecycle.timeout(m.threads[index]);
            case EntryKind.START_READY -> m.scheduler.becomeRunnable(m.threads[index]);
            case EntryKind.DROP -> m.scheduler.gil.onDropTimer(m.processes[index]);
            case EntryKind.PROCESS_EXIT -> m.lifecycle.termination.processExited(m.processes[index]);
        }
    }
}
