package dev.threadlab.engine.sim;

/** Opcodes of the flat programs the {@link Compiler} makes from thread bodies. */
final class Op {

    static final int COMPUTE = 0;
    static final int IO = 1;
    static final int SLEEP = 2;
    static final int ACQUIRE = 3;
    static final int RELEASE = 4;
    static final int WITH_ENTER = 5;
    static final int WITH_EXIT = 6;
    static final int WAIT_COND = 7;
    static final int WAIT_EVENT = 8;
    static final int NOTIFY = 9;
    static final int SET = 10;
    static final int CLEAR = 11;
    static final int PUT = 12;
    static final int GET = 13;
    static final int TASK_DONE = 14;
    static final int JOIN_THREAD = 15;
    static final int JOIN_PROCESS = 16;
    static final int JOIN_QUEUE = 17;
    static final int START_THREAD = 18;
    static final int START_PROCESS = 19;
    static final int CANCEL = 20;
    static final int READ = 21;
    static final int WRITE = 22;
    static final int INC_READ = 23;
    static final int INC_WRITE = 24;
    static final int REPEAT_INIT = 25;
    static final int REPEAT_NEXT = 26;
    static final int PRINT = 27;
    static final int EXIT = 28;
    static final int TIMER_WAIT = 29;
    static final int START_AUTO = 30;
    static final int SHUTDOWN = 31;
    static final int END = 32;
    static final int SPIN_UNTIL = 33;

    private Op() {
    }

    /**
     * Any timing, under the GIL: a switch may come right before this instruction — an eval breaker, the Python code
     * of {@code threading._shutdown} that runs after the main thread's body, or a Timer's {@code finished.wait()}.
     */
    static boolean switchesBefore(int op) {
        return isBreaker(op) || op == SHUTDOWN || op == TIMER_WAIT;
    }

    /**
     * Any timing, under the GIL: a switch may come right after this call returns (CPython checks the eval breaker
     * when a call returns, and threading's primitives are Python code with breakers of their own). The calls that
     * change nothing another thread could see (compute, io, sleep, a loop's back-edge) need no second point.
     */
    static boolean switchesAfter(int op) {
        return switch (op) {
            case COMPUTE, IO, SLEEP, REPEAT_NEXT -> false;
            default -> isBreaker(op);
        };
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
        boolean point = switchesBefore(code[to].op) || switchesAfter(code[from].op);
        if (point && transparent(code[to].op) && to + 1 < code.length) {
            return !switchBetween(code, to, to + 1, true);
        }
        return point;
    }

    private static boolean transparent(int op) {
        return op == COMPUTE || op == IO || op == SLEEP || op == PRINT;
    }

    /**
     * Eval-breaker points (DESIGN.md §3): where CPython 3.10+ may honour a GIL drop request — calls, loop back-edges and
     * inside compute; never between a read and the write right after it, never inside an increment.
     */
    static boolean isBreaker(int op) {
        return switch (op) {
            case READ, WRITE, INC_READ, INC_WRITE, REPEAT_INIT, EXIT, TIMER_WAIT, START_AUTO, SHUTDOWN, END -> false;
            default -> true;
        };
    }
}
