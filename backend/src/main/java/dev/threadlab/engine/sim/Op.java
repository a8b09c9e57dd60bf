package dev.threadlab.engine.sim;

/**
 * Opcodes of the flat programs the {@link Compiler} makes from thread bodies, with what the scheduler needs to know of
 * each: whether it is an eval breaker (DESIGN.md §3: where CPython 3.10+ may honour a GIL drop request — calls, loop
 * back-edges and inside compute; never between a read and the write right after it, never inside an increment),
 * whether a switch may come right after it returns, and whether it changes nothing another thread could see.
 */
enum Op {

    // ---- local work: the interpreter itself
    /** Pure-Python CPU work. */
    COMPUTE(Breaker.BEFORE, Visible.NO),
    /** Blocking I/O. */
    IO(Breaker.BEFORE, Visible.NO),
    /** {@code time.sleep}. */
    SLEEP(Breaker.BEFORE, Visible.NO),
    READ(Breaker.NONE, Visible.YES),
    WRITE(Breaker.NONE, Visible.YES),
    /** The read half of {@code x += k}. */
    INC_READ(Breaker.NONE, Visible.YES),
    /** The write half of {@code x += k}. */
    INC_WRITE(Breaker.NONE, Visible.YES),
    REPEAT_INIT(Breaker.NONE, Visible.YES),
    /** A loop's back-edge. */
    REPEAT_NEXT(Breaker.BEFORE, Visible.YES),
    PRINT(Breaker.AROUND, Visible.NO),
    SPIN_UNTIL(Breaker.AROUND, Visible.YES),
    /** An {@code if} or {@code while} line reached from above: announces the step, changes nothing. */
    ENTER(Breaker.NONE, Visible.NO),
    /** One test of a condition (a comparison or a value): an eval-breaker point; jumps when the result is {@code jumpIf}. */
    TEST(Breaker.BEFORE, Visible.YES),
    /** A jump: past an {@code else}, or a {@code break}. */
    JUMP(Breaker.NONE, Visible.YES),
    /** A {@code while} body's end: back to its condition (whose test is the breaker). */
    LOOP(Breaker.NONE, Visible.YES),
    /** A call in a condition whose result is a state of the primitive: is_set, locked, qsize, empty, full, is_alive. */
    QUERY(Breaker.AROUND, Visible.YES),

    // ---- calls of a primitive
    ACQUIRE(Breaker.AROUND, Visible.YES),
    RELEASE(Breaker.AROUND, Visible.YES),
    WITH_ENTER(Breaker.AROUND, Visible.YES),
    WITH_EXIT(Breaker.AROUND, Visible.YES),
    WAIT_COND(Breaker.AROUND, Visible.YES),
    WAIT_EVENT(Breaker.AROUND, Visible.YES),
    NOTIFY(Breaker.AROUND, Visible.YES),
    SET(Breaker.AROUND, Visible.YES),
    CLEAR(Breaker.AROUND, Visible.YES),
    PUT(Breaker.AROUND, Visible.YES),
    GET(Breaker.AROUND, Visible.YES),
    TASK_DONE(Breaker.AROUND, Visible.YES),
    JOIN_QUEUE(Breaker.AROUND, Visible.YES),

    // ---- calls of the thread and process life cycle
    JOIN_THREAD(Breaker.AROUND, Visible.YES),
    JOIN_PROCESS(Breaker.AROUND, Visible.YES),
    START_THREAD(Breaker.AROUND, Visible.YES),
    START_PROCESS(Breaker.AROUND, Visible.YES),
    CANCEL(Breaker.AROUND, Visible.YES),
    EXIT(Breaker.NONE, Visible.YES),

    // ---- the scaffolding around a body: what threading runs before and after it
    /** A Timer's {@code finished.wait(interval)}: a switch may come before it (Python code), not a breaker itself. */
    TIMER_WAIT(Breaker.SWITCH_BEFORE, Visible.YES),
    /** The main thread starting the scenario's {@code start: "auto"} threads. */
    START_AUTO(Breaker.NONE, Visible.YES),
    /** {@code threading._shutdown}: Python code, so a switch may come before it; not a breaker itself. */
    SHUTDOWN(Breaker.SWITCH_BEFORE, Visible.YES),
    END(Breaker.NONE, Visible.YES);

    /** Where a switch may come around an instruction under the GIL. */
    private enum Breaker {
        /** Not an eval breaker: no switch before or after it of its own. */
        NONE,
        /** Not an eval breaker, but the Python code it stands for may be switched out before it starts. */
        SWITCH_BEFORE,
        /** An eval breaker that changes nothing another thread could see on return: a switch point before it only. */
        BEFORE,
        /** An eval breaker before the call and when it returns (threading's primitives are Python code). */
        AROUND
    }

    /** Whether an instruction changes anything another thread or an outcome could see. */
    private enum Visible { YES, NO }

    private final Breaker breaker;
    private final boolean transparent;

    Op(Breaker breaker, Visible visible) {
        this.breaker = breaker;
        this.transparent = visible == Visible.NO;
    }

    /** An eval-breaker point (DESIGN.md §3): where CPython 3.10+ may honour a GIL drop request. */
    boolean isBreaker() {
        return breaker == Breaker.BEFORE || breaker == Breaker.AROUND;
    }

    /**
     * Any timing, under the GIL: a switch may come right before this instruction — an eval breaker, the Python code
     * of {@code threading._shutdown} that runs after the main thread's body, or a Timer's {@code finished.wait()}.
     */
    boolean switchesBefore() {
        return breaker != Breaker.NONE;
    }

    /**
     * Any timing, under the GIL: a switch may come right after this call returns (CPython checks the eval breaker
     * when a call returns, and threading's primitives are Python code with breakers of their own). The calls that
     * change nothing another thread could see (compute, io, sleep, a loop's back-edge) need no second point.
     */
    boolean switchesAfter() {
        return breaker == Breaker.AROUND;
    }

    /**
     * Any timing: whether a switch may come between instruction {@code from} and the next one run, {@code to} (one
     * program; free-threaded, always). An instruction that changes nothing another thread or an outcome could see
     * (compute, io, sleep, print) is transparent: a switch right before it is one right after it, so when the point
     * after it is a switch point anyway, the one before it is left out (fewer states, the same outcomes).
     */
    static boolean switchBetween(Instr[] code, int from, int to, boolean gil) {
        if (!gil) {
            return true;
        }
        boolean point = code[to].op.switchesBefore() || code[from].op.switchesAfter();
        if (point && code[to].op.transparent && to + 1 < code.length) {
            return !switchBetween(code, to, to + 1, true);
        }
        return point;
    }
}
