package dev.threadlab.engine.sim;

import dev.threadlab.engine.event.ThreadState;
import dev.threadlab.engine.primitives.Copies;
import dev.threadlab.engine.primitives.Waiters;

import java.util.Arrays;

/** The mutable state of one simulated thread. Owned by the {@link Machine}; no behaviour of its own. */
final class SimThread {

    private static final int STATES = ThreadState.values().length;

    final int index;
    final String id;
    final int process;
    final Layout.ThreadInfo info;
    final Instr[] code;
    final long[] locals;
    /** Per shared-int object: the version this thread last read or wrote, -1 if never. */
    final long[] seenVersion;
    /** Nanoseconds spent in each {@link ThreadState}, by ordinal. */
    final long[] timeIn;
    final Waiters joiners = new Waiters();

    ThreadState state = ThreadState.NEW;
    long since;
    int pc;
    /** Invalidates heap entries (compute end, timeouts) when bumped. */
    int token;
    boolean started;
    boolean cancelled;
    int starter = -1;
    boolean timerSlept;
    /** START_AUTO progress: how many auto processes/threads this main thread has started. */
    int autoIndex;

    /** The current instruction blocked or suspended and must be completed when the thread runs again. */
    boolean resuming;
    boolean wakeOk;
    /** The current blocking call ended by its timeout (what {@code cond.wait(t)} returns, negated). */
    boolean timedOut;
    long wakeItem;

    boolean inCompute;
    long computeEnd;
    /** Remaining compute after a preemption, or -1. */
    long computeLeft = -1;

    /** In exploring free-threaded mode: yielded, waiting for another thread of its process to make progress. */
    boolean parked;
    /** Executed an instruction since it last started running: only then may exploration preempt it (no ping-pong). */
    boolean progressed;
    /** Free-threaded exploration: let go after yielding; must execute an instruction before it may yield again. */
    boolean unparked;

    /** Why it waits, if it does. */
    Blocking blocking = Blocking.FREE;

    int[] withStack;
    int withDepth;

    SimThread(int index, Layout.ThreadInfo info, Compiler.Program program, int objects) {
        this.index = index;
        this.id = info.id();
        this.process = info.process();
        this.info = info;
        this.code = program.code();
        this.locals = new long[program.locals()];
        this.seenVersion = new long[objects];
        Arrays.fill(seenVersion, -1);
        this.timeIn = new long[STATES];
        this.withStack = new int[4];
    }

    /** An exact copy of {@code o} for a machine snapshot; the objects it waits on are copied through {@code copies}. */
    SimThread(SimThread o, Copies copies) {
        this.index = o.index;
        this.id = o.id;
        this.process = o.process;
        this.info = o.info;
        this.code = o.code;
        this.locals = o.locals.clone();
        this.seenVersion = o.seenVersion.clone();
        this.timeIn = o.timeIn.clone();
        joiners.setTo(o.joiners);
        state = o.state;
        since = o.since;
        pc = o.pc;
        token = o.token;
        started = o.started;
        cancelled = o.cancelled;
        starter = o.starter;
        timerSlept = o.timerSlept;
        autoIndex = o.autoIndex;
        resuming = o.resuming;
        wakeOk = o.wakeOk;
        wakeItem = o.wakeItem;
        timedOut = o.timedOut;
        inCompute = o.inCompute;
        computeEnd = o.computeEnd;
        computeLeft = o.computeLeft;
        parked = o.parked;
        progressed = o.progressed;
        unparked = o.unparked;
        blocking = Blocking.copy(o.blocking, copies);
        withStack = o.withStack.clone();
        withDepth = o.withDepth;
    }

    boolean alive() {
        return state != ThreadState.NEW && state != ThreadState.TERMINATED;
    }

    void pushWith(int object) {
        if (withDepth == withStack.length) {
            withStack = Arrays.copyOf(withStack, withDepth * 2);
        }
        withStack[withDepth++] = object;
    }

    void clearWait() {
        blocking = Blocking.FREE;
    }
}
