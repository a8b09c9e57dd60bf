package dev.threadlab.engine.model;

import java.util.List;

/**
 * One line of Python in a thread's body (docs/DESIGN.md §2 {@code steps}). One record per {@code op}; optional keys are
 * nullable and mean "CPython's default". Durations are in milliseconds.
 */
public sealed interface Step {

    /** The step's op; {@code op().jsonName()} is its JSON name, e.g. {@code "notifyAll"}. */
    StepOp op();

    /** The object or thread the step acts on, or null for steps without a target. */
    default String target() {
        return null;
    }

    /** Pure-Python CPU work; holds the GIL, dropped at switch-interval requests. */
    record Compute(double ms) implements Step {
        public StepOp op() { return StepOp.COMPUTE; }
    }

    /** Blocking I/O; releases the GIL. */
    record Io(double ms, String label) implements Step {
        public StepOp op() { return StepOp.IO; }
    }

    /** {@code time.sleep}; releases the GIL. */
    record Sleep(double ms) implements Step {
        public StepOp op() { return StepOp.SLEEP; }
    }

    /** {@code x.acquire(blocking, timeout)} on a Lock, RLock, Condition or (Bounded)Semaphore. */
    record Acquire(String target, Boolean blocking, Double timeoutMs) implements Step {
        public StepOp op() { return StepOp.ACQUIRE; }
    }

    /** {@code x.release()}. */
    record Release(String target) implements Step {
        public StepOp op() { return StepOp.RELEASE; }
    }

    /** {@code with x:} — acquire, run the body, release (also when the body raises). */
    record With(String target, List<Step> body) implements Step {
        public With {
            body = body == null ? List.of() : List.copyOf(body);
        }
        public StepOp op() { return StepOp.WITH; }
    }

    /** {@code cond.wait(timeout)} or {@code event.wait(timeout)}. */
    record Wait(String target, Double timeoutMs) implements Step {
        public StepOp op() { return StepOp.WAIT; }
    }

    /** {@code cond.notify(n)}. */
    record Notify(String target, Integer n) implements Step {
        public StepOp op() { return StepOp.NOTIFY; }
    }

    /** {@code cond.notify_all()}. */
    record NotifyAll(String target) implements Step {
        public StepOp op() { return StepOp.NOTIFY_ALL; }
    }

    /** {@code event.set()}. */
    record SetEvent(String target) implements Step {
        public StepOp op() { return StepOp.SET; }
    }

    /** {@code event.clear()}. */
    record ClearEvent(String target) implements Step {
        public StepOp op() { return StepOp.CLEAR; }
    }

    /** {@code q.put(value, block, timeout)}; value is an int, a local, {@code a + b}, or null (None). */
    record Put(String target, String value, Boolean block, Double timeoutMs) implements Step {
        public StepOp op() { return StepOp.PUT; }

        /** Whether a put's value is Python's None: absent, or {@code "None"}. */
        public static boolean isNone(String value) {
            return value == null || value.strip().equals("None");
        }
    }

    /** {@code as = q.get(block, timeout)}. */
    record Get(String target, String as, Boolean block, Double timeoutMs) implements Step {
        public StepOp op() { return StepOp.GET; }
    }

    /** {@code q.task_done()}. */
    record TaskDone(String target) implements Step {
        public StepOp op() { return StepOp.TASK_DONE; }
    }

    /** {@code t.join(timeout)}, {@code q.join()} or {@code p.join(timeout)}. */
    record Join(String target, Double timeoutMs) implements Step {
        public StepOp op() { return StepOp.JOIN; }
    }

    /** {@code t.start()} or {@code p.start()}. */
    record Start(String target) implements Step {
        public StepOp op() { return StepOp.START; }
    }

    /** {@code timer.cancel()}. */
    record Cancel(String target) implements Step {
        public StepOp op() { return StepOp.CANCEL; }
    }

    /** {@code as = counter}. */
    record Read(String target, String as) implements Step {
        public StepOp op() { return StepOp.READ; }
    }

    /** {@code counter = value} where value is an int, a local, {@code a + b} or {@code a - b}. */
    record Write(String target, String value) implements Step {
        public StepOp op() { return StepOp.WRITE; }
    }

    /** {@code counter += by}: a read and a write with no switch point between them under the GIL. */
    record Increment(String target, Long by) implements Step {
        public StepOp op() { return StepOp.INCREMENT; }
    }

    /** {@code for as in range(times):}. */
    record Repeat(int times, String as, List<Step> body) implements Step {
        public Repeat {
            body = body == null ? List.of() : List.copyOf(body);
        }
        public StepOp op() { return StepOp.REPEAT; }
    }

    /** {@code print(text)}; {@code {name}} in the text is replaced by the local's value. */
    record Print(String text) implements Step {
        public StepOp op() { return StepOp.PRINT; }
    }

    /**
     * {@code while not (condition): pass}: a busy-wait on shared ints (Peterson's algorithm). Modelled as an await:
     * the thread evaluates the condition; while it is false it waits (releasing the GIL) until another thread writes
     * one of the ints it reads, then evaluates again. Under sequential consistency this reaches exactly the outcomes
     * of the real loop (its values only change at writes); the CPU a real spin burns is not simulated, and a spin
     * nobody will ever end is reported as a deadlock rather than a hang.
     */
    record SpinUntil(String condition) implements Step {
        public StepOp op() { return StepOp.SPIN_UNTIL; }
    }

    /** {@code _thread.exit()} / return: ends the thread (releasing {@code with} blocks). */
    record Exit() implements Step {
        public StepOp op() { return StepOp.EXIT; }
    }

    /**
     * {@code if condition: then else: otherwise}. The condition is Python text ({@link Expression}); checking it is an
     * eval-breaker point, and a call in it has the primitive's real effect.
     */
    record If(String condition, List<Step> then, List<Step> otherwise) implements Step {
        public If {
            then = then == null ? List.of() : List.copyOf(then);
            otherwise = otherwise == null ? List.of() : List.copyOf(otherwise);
        }
        public StepOp op() { return StepOp.IF; }
    }

    /** {@code while condition: body}; each check of the condition is an eval-breaker point. */
    record While(String condition, List<Step> body) implements Step {
        public While {
            body = body == null ? List.of() : List.copyOf(body);
        }
        public StepOp op() { return StepOp.WHILE; }
    }

    /** {@code break}: leaves the innermost {@code while} or {@code repeat} (releasing the {@code with} blocks left). */
    record Break() implements Step {
        public StepOp op() { return StepOp.BREAK; }
    }
}
