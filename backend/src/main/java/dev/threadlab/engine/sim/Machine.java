package dev.threadlab.engine.sim;

import dev.threadlab.engine.Checkpoint;
import dev.threadlab.engine.Costs;
import dev.threadlab.engine.EventSink;
import dev.threadlab.engine.RunError;
import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.RunResult;
import dev.threadlab.engine.event.Event;
import dev.threadlab.engine.event.Event.ThreadStateChanged;
import dev.threadlab.engine.event.ThreadState;
import dev.threadlab.engine.model.Model;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.primitives.Copies;
import dev.threadlab.engine.primitives.Digest;
import dev.threadlab.engine.primitives.Kernel;
import dev.threadlab.engine.primitives.Prim;
import dev.threadlab.engine.primitives.Waiters;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The discrete-event core: virtual time, the future-event list, state changes and events. Scheduling (GIL, cores)
 * lives in {@link Scheduler}, step execution in {@link Interpreter}, thread and process life cycles in
 * {@link Lifecycle}, the summary in {@link Summaries}. One Machine runs one scenario once; it is not reusable.
 *
 * <p>Determinism contract: nothing here reads a clock, uses unseeded randomness or identity hash codes; equal-time
 * heap entries pop in push order; every choice goes through the {@link Chooser}.
 */
public final class Machine implements Kernel {

    final Scenario scenario;
    final Costs costs;
    final Layout layout;
    final boolean gil;
    final boolean exploring;
    /**
     * Exploring with {@code Timing.ANY} (DESIGN.md §3.1): durations order nothing. The next heap entry to dispatch is
     * a choice among all pending ones ({@link NextEntry}), every switch point is reached through the heap so that
     * others may move first ({@link Op#switchBetween}), and nothing waits for the GIL: blocks run one at a time.
     */
    final boolean anyTiming;
    /** Free-threaded simulation: the seeded jitter of real cores ({@link #varAccessNs()}); null otherwise. */
    private final SplitMix coreJitter;
    /** Any timing: how far the display clock moves at each dispatch (1 µs), so that a replay can be drawn. */
    static final long ANY_TIMING_TICK_NS = 1_000;
    final long switchNs;
    final SimThread[] threads;
    final SimProcess[] processes;
    final Heap heap;
    final Chooser chooser;
    final Scheduler scheduler;
    final Interpreter interpreter;
    final Lifecycle lifecycle;
    /** By process, then object index: {@code id} or {@code process/id}. */
    final String[][] objectNames;
    final List<String> stdout = new ArrayList<>();
    final List<RunError> errors = new ArrayList<>();
    private final EventSink sink;
    /** Hands out checkpoints of this run every {@link #checkpointEvery} events; null for none. */
    private final Consumer<Checkpoint> checkpointTo;
    private final long checkpointEvery;
    private long nextCheckpoint;
    private final Blueprint blueprint;
    /** Any timing: which pending entry is dispatched next; null otherwise. */
    private final NextEntry nextEntry;
    /** The thread that ran the last block, or -1: choosing another one where it could go on is a preemption. */
    private int lastRun = -1;
    private final long maxNs;
    private final long maxEvents;

    /**
     * Scratch for state vectors; an explorer's snapshot shares its original's (an exploration runs one machine at a
     * time), a checkpoint's copy has its own.
     */
    private final Digest digest;
    /** Exploring: each preemption taken (µs and thread), for marking a witness on the timeline. */
    private long[] markUs;
    private int[] markThread;
    private int marks;
    private ExplorationProbe probe;
    private int probedChoices;
    private boolean stopped;
    /** Exploring: while-loop rounds since the choice count was {@code roundsMark}. */
    private int rounds;
    private int roundsMark;

    long now;
    long seq;
    long instructions;
    boolean limitReached;

    public Machine(Scenario scenario, RunOptions options) {
        this(scenario, options, Blueprint.of(scenario));
    }

    /** As {@link #Machine(Scenario, RunOptions)}, reusing {@code blueprint} (made from the same scenario). */
    public Machine(Scenario scenario, RunOptions options, Blueprint blueprint) {
        this.blueprint = blueprint;
        this.scenario = scenario;
        this.exploring = options.exploring();
        this.anyTiming = options.anyTiming();
        // Any timing: nothing takes time (durations order nothing); the clock only counts dispatches, for display.
        this.costs = anyTiming ? Costs.zero() : options.costs();
        this.sink = options.sink();
        this.checkpointTo = options.checkpoints() == null ? null : options.checkpoints().consumer();
        this.checkpointEvery = options.checkpoints() == null ? Long.MAX_VALUE : options.checkpoints().everyEvents();
        this.nextCheckpoint = checkpointEvery;
        this.gil = scenario.runtime().model() == Model.GIL;
        this.switchNs = Math.max(1, Compiler.ns(scenario.runtime().switchIntervalMs()));
        this.maxNs = Math.round(options.limits().maxVirtualSeconds() * 1e9);
        this.maxEvents = options.limits().maxStateChanges();
        this.layout = blueprint.layout;
        this.chooser = new Chooser(options.schedule(), scenario.runtime().policy(), exploring, scenario.runtime().seed());
        this.threads = Worlds.threads(scenario, layout, blueprint.programs);
        this.processes = Worlds.processes(scenario, layout);
        this.heap = new Heap(threads.length, processes.length);
        this.objectNames = blueprint.objectNames;
        // Any timing: the OS may stall any thread, so the number of cores orders nothing either.
        this.scheduler = new Scheduler(this, anyTiming ? Math.max(scenario.runtime().cores(), threads.length)
                : scenario.runtime().cores());
        this.interpreter = new Interpreter(this);
        this.lifecycle = new Lifecycle(this);
        this.digest = new Digest();
        this.coreJitter = gil || exploring ? null
                : new SplitMix(scenario.runtime().seed() ^ 0x5DEECE66DL);
        this.nextEntry = anyTiming ? new NextEntry(this, options.partialOrder()
                ? new Reduction(this, blueprint.footprints(scenario, gil)) : null) : null;
        this.markUs = new long[8];
        this.markThread = new int[8];
    }

    /**
     * A snapshot of {@code o} at a quiescent point, that follows {@code schedule} from there: everything mutable is
     * copied, the compiled scenario is shared.
     */
    private Machine(Machine o, int[] schedule) {
        this(o, new Chooser(o.chooser, schedule), o.sink, o.digest);
        stdout.addAll(o.stdout);
    }

    /**
     * A copy of {@code o} at a quiescent point for a checkpoint, or a run resumed from one into {@code sink}: as an
     * explorer's snapshot, with the generators' state copied, but neither the record of the choices made nor the
     * lines printed so far, which grow with the run (a resumed run summarises only what follows the checkpoint).
     */
    private Machine(Machine o, EventSink sink) {
        this(o, new Chooser(o.chooser), sink, new Digest());
    }

    private Machine(Machine o, Chooser chooser, EventSink sink, Digest digest) {
        this.scenario = o.scenario;
        this.costs = o.costs;
        this.sink = sink;
        this.checkpointTo = null;
        this.checkpointEvery = Long.MAX_VALUE;
        this.nextCheckpoint = Long.MAX_VALUE;
        this.exploring = o.exploring;
        this.anyTiming = o.anyTiming;
        this.gil = o.gil;
        this.switchNs = o.switchNs;
        this.maxNs = o.maxNs;
        this.maxEvents = o.maxEvents;
        this.layout = o.layout;
        this.objectNames = o.objectNames;
        this.chooser = chooser;
        this.blueprint = o.blueprint;
        this.lastRun = o.lastRun;
        this.digest = digest;
        Copies copies = new Copies();
        this.threads = new SimThread[o.threads.length];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new SimThread(o.threads[i], copies);
        }
        this.processes = new SimProcess[o.processes.length];
        for (int i = 0; i < processes.length; i++) {
            processes[i] = new SimProcess(o.processes[i], copies);
        }
        this.heap = new Heap(o.heap);
        this.scheduler = new Scheduler(this, o.scheduler);
        this.interpreter = new Interpreter(this);
        this.lifecycle = new Lifecycle(this);
        this.coreJitter = o.coreJitter == null ? null : o.coreJitter.copy();
        this.nextEntry = o.nextEntry == null ? null : new NextEntry(this, o.nextEntry.reduces()
                ? new Reduction(this, blueprint.footprints(scenario, gil)) : null);
        if (!o.errors.isEmpty()) {
            errors.addAll(o.errors);
        }
        markUs = o.markUs.clone();
        markThread = o.markThread.clone();
        marks = o.marks;
        probedChoices = o.probedChoices;
        rounds = o.rounds;
        roundsMark = o.roundsMark;
        now = o.now;
        seq = o.seq;
        instructions = o.instructions;
        limitReached = o.limitReached;
    }

    /**
     * Exploring: a copy of this machine, taken from a probe at a quiescent point, that goes on from there following
     * {@code schedule}, whose first {@link #choiceCount()} entries must be the choices made so far. The explorer
     * resumes a run from the snapshot at a choice point instead of replaying the run from the start.
     */
    public Machine snapshot(int[] schedule) {
        if (!exploring) {
            throw new IllegalStateException("only an exploring machine is snapshotted");
        }
        return new Machine(this, schedule);
    }

    /**
     * A machine that continues a checkpoint (this machine, frozen: it never runs) into {@code s}; see
     * {@link Checkpoint}. Only reads this machine, so checkpoints may be resumed concurrently.
     */
    public Machine resumeCopy(EventSink s) {
        return new Machine(this, s);
    }

    /** Runs a {@link #resumeCopy} to the end of the run (its last events included). */
    public void finish() {
        loop();
        Summaries.build(this);
    }

    /** Events emitted so far: the seq of the next one. */
    public long eventCount() {
        return seq;
    }

    /**
     * Approximate bytes of this machine's own state (what a copy of it holds; the compiled scenario is shared): its
     * state vector, which holds every value that decides the run's future, plus the objects' and arrays' overheads.
     */
    public long approximateBytes() {
        Digest d = new Digest();
        StateVectors.of(this, d);
        return 256 + 8L * d.size() + 160L * threads.length + 200L * processes.length + 40L * heap.capacity()
                + chooser.recordBytes() + 96L * errors.size() + 12L * markUs.length;
    }

    /** As {@link #snapshot}, but this machine itself, without a copy: for a snapshot's last use. */
    public Machine follow(int[] schedule) {
        chooser.follow(schedule);
        return this;
    }

    /** Exploring: continues a {@link #snapshot} under {@code p}, as {@link #explore} does from the start. */
    public RunResult resume(ExplorationProbe p) {
        this.probe = p;
        this.stopped = false;
        loop();
        return stopped ? null : Summaries.build(this);
    }

    public RunResult run() {
        for (SimThread t : threads) {
            emit(new ThreadStateChanged(nextSeq(), 0, t.id, ThreadState.NEW, null));
        }
        lifecycle.boot();
        loop();
        return Summaries.build(this);
    }

    /**
     * Runs under {@code probe} (exploring mode): null if the probe stopped the run early, else the result.
     */
    public RunResult explore(ExplorationProbe p) {
        this.probe = p;
        for (SimThread t : threads) {
            emit(new ThreadStateChanged(nextSeq(), 0, t.id, ThreadState.NEW, null));
        }
        lifecycle.boot();
        loop();
        return stopped ? null : Summaries.build(this);
    }

    /**
     * Scheduler mode: follows the options' schedule, then stops at the next choice and returns it; null if the run
     * ends first (run again with {@link #run()} for its summary).
     */
    public dev.threadlab.engine.ChoicePoint runToNextChoice() {
        chooser.stopAtFirstFreeChoice();
        try {
            run();
            return null;
        } catch (Chooser.Pending p) {
            List<String> names = new ArrayList<>();
            for (int t : p.threads) {
                // any timing: a pending process exit may be a candidate too
                names.add(t < threads.length ? threads[t].id : "(exit of " + processes[(t - threads.length)
                        % processes.length].id + ")");
            }
            return new dev.threadlab.engine.ChoicePoint(p.position, p.preemption, names, seq, nowUs());
        }
    }

    /** Each preemption taken so far (a running thread switched out by a choice): {@code "<µs> <thread>"}. */
    public List<String> preemptionMarks() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < marks; i++) {
            out.add(markUs[i] + " " + threads[markThread[i]].id);
        }
        return out;
    }

    /** Records that {@code t} was switched out by a preemption choice now; true (for use in conditions). */
    boolean markPreemption(SimThread t) {
        if (probe != null) {
            return true;   // a search's runs are never drawn; a witness's replay marks its preemptions
        }
        if (marks == markUs.length) {
            markUs = java.util.Arrays.copyOf(markUs, marks * 2);
            markThread = java.util.Arrays.copyOf(markThread, marks * 2);
        }
        markUs[marks] = nowUs();
        markThread[marks++] = t.index;
        return true;
    }

    /** How many choices were made so far. */
    public int choiceCount() {
        return chooser.size();
    }

    /** The choices made so far (index among each choice point's candidates). */
    public int[] choices() {
        return chooser.chosenArray();
    }

    /** The choices made so far, as a view without copying. */
    public ChoiceRecord choiceRecord() {
        return chooser;
    }

    /** For each choice made, how many candidates it had. */
    public int[] candidateCounts() {
        return chooser.countsArray();
    }

    /** For each choice made, whether it took a preemption (switched out a thread that could have gone on). */
    public boolean[] preemptionPoints() {
        return chooser.preemptiveArray();
    }

    /**
     * The state vector at this quiescent point ({@link StateVectors}), in a scratch buffer that the next call
     * overwrites; call only from a probe.
     */
    public Digest stateDigest() {
        StateVectors.of(this, digest);
        return digest;
    }

    /** Exploring: a while loop went round; false if the probe stops the run here. */
    boolean loopRound() {
        if (probe == null) {
            return true;
        }
        if (chooser.size() != roundsMark) {
            roundsMark = chooser.size();
            rounds = 0;
        }
        stopped = !probe.looping(++rounds);
        return !stopped;
    }

    private boolean probeStops() {
        if (probe == null || chooser.size() == probedChoices) {
            return false;
        }
        probedChoices = chooser.size();
        stopped = !probe.reached(this);
        return stopped;
    }

    private void loop() {
        while (!processes[0].ended) {
            if (stopped) {
                return;
            }
            if (seq >= nextCheckpoint) {
                checkpointTo.accept(new Checkpoint(new Machine(this, EventSink.NONE)));
                nextCheckpoint = seq + checkpointEvery;
            }
            if (probeStops()) {
                return;
            }
            if (heap.isEmpty() && !scheduler.unparkAny()) {
                return;
            }
            if (anyTiming) {
                heap.popKey(nextEntry.choose(lastRun));
            } else {
                heap.pop();
            }
            if (stale()) {
                continue;
            }
            if (heap.topTime > maxNs || seq >= maxEvents || instructions >= maxEvents) {
                limitReached = true;
                now = Math.max(now, Math.min(heap.topTime, maxNs));
                return;
            }
            now = anyTiming ? now + ANY_TIMING_TICK_NS : heap.topTime;
            dispatch(heap.topKind, heap.topIndex);
        }
    }

    /** Any timing: see {@link NextEntry#blockedAcquire}; -1 in other modes. */
    int blockedAcquire(int t) {
        return nextEntry == null ? -1 : nextEntry.blockedAcquire(t);
    }

    private boolean stale() {
        return switch (heap.topKind) {
            case Heap.DROP -> processes[heap.topIndex].dropToken != heap.topToken;
            case Heap.PROCESS_EXIT, Heap.START_READY -> false;
            default -> threads[heap.topIndex].token != heap.topToken;
        };
    }

    private void dispatch(int kind, int index) {
        switch (kind) {
            case Heap.STEP -> {
                lastRun = index;
                interpreter.run(threads[index]);
            }
            case Heap.WAKE -> scheduler.becomeRunnable(threads[index]);
            case Heap.TIMEOUT -> lifecycle.timeout(threads[index]);
            case Heap.START_READY -> scheduler.becomeRunnable(threads[index]);
            case Heap.DROP -> scheduler.onDropTimer(processes[index]);
            case Heap.PROCESS_EXIT -> lifecycle.processExited(processes[index]);
            default -> throw new IllegalStateException("heap kind " + kind);
        }
    }

    /**
     * What one read or write of a shared int costs now. Free-threaded, two cores never run in lockstep (caches, clock
     * boosts, interrupts): each access takes between half and one and a half times its cost, drawn from a generator
     * seeded by the scenario's seed, so a run is exactly reproducible from its seed and different seeds interleave
     * differently (DESIGN.md §3: unsynchronised increments lose more or fewer updates depending on the seed). Under the
     * GIL only one thread runs Python code at a time, so nothing depends on it; exploring explores every order anyway.
     */
    long varAccessNs() {
        long ns = costs.varAccessNs();
        if (coreJitter == null || ns <= 0) {
            return ns;
        }
        return Math.max(1, ns / 2 + coreJitter.nextLong(ns + 1));
    }

    /** Moves {@code t} to {@code state}, accounting the time spent in the previous one. */
    void setState(SimThread t, ThreadState state, String on) {
        t.timeIn[t.state.ordinal()] += now - t.since;
        t.since = now;
        t.state = state;
        emit(new ThreadStateChanged(nextSeq(), nowUs(), t.id, state, on));
    }

    /** Cancels whatever {@code t} had scheduled (compute end, wake-up, timeout). */
    void invalidate(SimThread t) {
        t.token++;
        heap.cancelThread(t.index);
    }

    SimProcess process(SimThread t) {
        return processes[t.process];
    }

    // ---- Kernel -------------------------------------------------------------------------------------------------

    @Override
    public long nowUs() {
        return now / 1000;
    }

    @Override
    public long nextSeq() {
        return seq++;
    }

    @Override
    public void emit(Event event) {
        sink.accept(event);
    }

    @Override
    public String threadName(int thread) {
        return threads[thread].id;
    }

    @Override
    public int choose(Waiters waiters) {
        return chooser.choose(waiters);
    }

    @Override
    public void block(int thread, ThreadState state, Prim on, long timeoutNs) {
        SimThread t = threads[thread];
        t.blocking = new Blocking.OnPrimitive(on);
        t.resuming = true;
        scheduler.leaveCpu(t, state, on.name());
        if (timeoutNs >= 0) {
            heap.push(now + timeoutNs, Heap.TIMEOUT, thread, t.token);
        }
    }

    @Override
    public void reblock(int thread, ThreadState state, Prim on) {
        SimThread t = threads[thread];
        t.blocking = new Blocking.OnPrimitive(on);
        setState(t, state, on.name());
    }

    @Override
    public void wake(int thread, boolean ok, long item) {
        SimThread t = threads[thread];
        if (t.state == ThreadState.TERMINATED) {
            return;
        }
        invalidate(t);
        t.wakeOk = ok;
        t.wakeItem = item;
        t.clearWait();
        scheduler.becomeRunnable(t);
    }
}
