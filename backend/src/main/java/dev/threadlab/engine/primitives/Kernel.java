package dev.threadlab.engine.primitives;

import dev.threadlab.engine.event.Event;
import dev.threadlab.engine.event.ThreadState;

/**
 * What a primitive may ask of the simulator. Threads are dense indices in canonical (declaration) order. A primitive
 * never advances time: it grants, refuses or blocks at the current instant.
 */
public interface Kernel {

    /** Current virtual time in microseconds (for events). */
    long nowUs();

    /** The seq of the next event; call it once per event, right before {@link #emit}. */
    long nextSeq();

    void emit(Event event);

    String threadName(int thread);

    /**
     * Picks one of {@code waiters} (non-empty) by schedule or policy and records the choice when there are several.
     * Candidates are ordered canonically (by thread index); FIFO means the first in arrival order.
     */
    int choose(Waiters waiters);

    /** Suspends the running {@code thread} on {@code on}; {@code timeoutNs < 0} means no timeout. */
    void block(int thread, ThreadState state, Prim on, long timeoutNs);

    /** Changes what an already suspended thread waits for (no timeout). */
    void reblock(int thread, ThreadState state, Prim on);

    /** Resumes a suspended thread: {@code ok} is the call's result, {@code item} a value handed over (queue get). */
    void wake(int thread, boolean ok, long item);
}
