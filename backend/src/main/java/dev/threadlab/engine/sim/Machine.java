package dev.threadlab.engine.sim;

import dev.threadlab.engine.Checkpoint;
import dev.threadlab.engine.Costs;
import dev.threadlab.engine.EventSink;
import dev.threadlab.engine.RunError;
import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.RunResult;
import dev.threadlab.engine.event.Event;
import dev.threadlab.engine.model.Model;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.primitives.Copies;
import dev.threadlab.engine.primitives.Digest;
import dev.threadlab.engine.primitives.Kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * The discrete-event core: virtual time, the future-event list, state changes and events. The event loop lives in
 * {@link EventLoop}, scheduling (GIL, cores) in {@link Scheduler}, step execution in {@link Interpreter}, thread and
 * process life cycles in {@link Lifecycle}, the summary in {@link Summaries}. A Machine is also what primitives see
 * as their {@link Kernel} (its {@link SimKernel}, which also changes its threads' states), and what the explorer
 * drives: snapshots, probes, the choices made. One Machine runs one scenario once; it is not reusable.
 *
 * <p>Determinism contract: nothing here reads a clock, uses unseeded randomness or identity hash codes; equal-time
 * heap entries pop in push order; every choice goes through the {@link Chooser}.
 */
public final class Machine {

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
    /** What a read or write of a shared int costs, with the seeded jitter of real cores when free-threaded. */
    final CoreJitter coreJitter;
    final long switchNs;
    final SimThread[] threads;
    final SimProcess[] processes;
    final Heap heap;
    final Chooser chooser;
    final Scheduler scheduler;
    final Interpreter interpreter;
    final Lifecycle lifecycle;
    final EventLoop eventLoop;
    /** Changes its threads' states; what the primitives see of this machine. */
    final SimKernel kernel;
    /** By process, then object index: {@code id} or {@code process/id}. */
    final String[][] objectNames;
    final List<String> stdout = new ArrayList<>();
    final List<RunError> errors = new ArrayList<>();
    private final EventSink sink;
    private final Blueprint blueprint;
    /** The explorer's view of this run: its probe, state-vector scratch and preemption marks. */
    final ExplorationWatch watch;

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
        this.gil = scenario.runtime().model() == Model.GIL;
        this.switchNs = Math.max(1, Compiler.ns(scenario.runtime().switchIntervalMs()));
        this.layout = blueprint.layout;
        this.chooser = new Chooser(options.schedule(), scenario.runtime().policy(), exploring, scenario.runtime().seed());
        this.threads = Worlds.threads(scenario, layout, blueprint.programs);
        this.processes = Worlds.processes(scenario, layout);
        this.heap = new Heap(threads.length, processes.length);
        this.objectNames = blueprint.objectNames;
        // Any timing: the OS may stall any thread, so the number of cores orders nothing either.
        this.scheduler = new Scheduler(this, anyTiming ? Math.max(scenario.runtime().cores(), threads.length)
                : scenario.runtime().cores());
        this.kernel = new SimKernel(this);
        this.interpreter = new Interpreter(this);
        this.lifecycle = new Lifecycle(this);
        this.coreJitter = new CoreJitter(costs.varAccessNs(), gil || exploring ? null
                : new SplitMix(scenario.runtime().seed() ^ 0x5DEECE66DL));
        this.eventLoop = new EventLoop(this, options, blueprint);
        this.watch = new ExplorationWatch();
    }

    /**
     * A snapshot of {@code o} at a quiescent point, that follows {@code schedule} from there: everything mutable is
     * copied, the compiled scenario is shared.
     */
    private Machine(Machine o, int[] schedule) {
        this(o, new Chooser(o.chooser, schedule), o.sink, o.watch.digest);
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
        this.exploring = o.exploring;
        this.anyTiming = o.anyTiming;
        this.gil = o.gil;
        this.switchNs = o.switchNs;
        this.layout = o.layout;
        this.objectNames = o.objectNames;
        this.chooser = chooser;
        this.blueprint = o.blueprint;
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
        this.kernel = new SimKernel(this);
        this.interpreter = new Interpreter(this);
        this.lifecycle = new Lifecycle(this);
        this.coreJitter = o.coreJitter.copy();
        this.eventLoop = new EventLoop(this, o.eventLoop, blueprint);
        if (!o.errors.isEmpty()) {
            errors.addAll(o.errors);
        }
        this.watch = new ExplorationWatch(o.watch, digest);
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
        eventLoop.run();
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
        return StateVectors.approximateBytes(this);
    }

    /** As {@link #snapshot}, but this machine itself, without a copy: for a snapshot's last use. */
    public Machine follow(int[] schedule) {
        chooser.follow(schedule);
        return this;
    }

    /** Exploring: continues a {@link #snapshot} under {@code p}, as {@link #explore} does from the start. */
    public RunResult resume(ExplorationProbe p) {
        watch.watchedBy(p, true);
        eventLoop.run();
        return watch.stopped() ? null : Summaries.build(this);
    }

    public RunResult run() {
        lifecycle.boot();
        eventLoop.run();
        return Summaries.build(this);
    }

    /** Runs under {@code p} (exploring mode): null if the probe stopped the run early, else the result. */
    public RunResult explore(ExplorationProbe p) {
        watch.watchedBy(p, false);
        lifecycle.boot();
        eventLoop.run();
        return watch.stopped() ? null : Summaries.build(this);
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
            return p.at(threads, processes, seq, nowUs());
        }
    }

    /** Each preemption taken so far (a running thread switched out by a choice): {@code "<µs> <thread>"}. */
    public List<String> preemptionMarks() {
        return watch.marks(threads);
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
        StateVectors.of(this, watch.digest);
        return watch.digest;
    }

    SimProcess process(SimThread t) {
        return processes[t.process];
    }

    /** Current virtual time in microseconds (for events). */
    public long nowUs() {
        return now / 1000;
    }

    /** The seq of the next event; call it once per event, right before {@link #emit}. */
    long nextSeq() {
        return seq++;
    }

    void emit(Event event) {
        sink.accept(event);
    }
}
