package dev.threadlab.engine.sim;

import dev.threadlab.engine.primitives.Copies;
import dev.threadlab.engine.primitives.Prim;

/**
 * Why a thread waits (as Lincheck's {@code BlockingReason}): nothing, a primitive (a lock, condition, event, semaphore
 * or queue), the end of a thread it joins, the end of a process it joins, or a write to an int its {@code spinUntil}
 * condition reads. One value instead of four fields that had to be kept mutually exclusive by hand; the wait-for
 * graph, the partial-order reduction, timeouts and the state vector each switch over it exhaustively.
 */
sealed interface Blocking {

    Free FREE = new Free();
    Spinning SPINNING = new Spinning();

    /** Not waiting for anything (running, runnable, sleeping, in I/O, or suspended by the life cycle). */
    record Free() implements Blocking {
    }

    /** Blocked in a call of a primitive. */
    record OnPrimitive(Prim prim) implements Blocking {
    }

    /** In {@code t.join()}: waiting for thread {@code thread} to end. */
    record OnThread(int thread) implements Blocking {
    }

    /** In {@code p.join()}: waiting for process {@code process} to end. */
    record OnProcess(int process) implements Blocking {
    }

    /** In a {@code spinUntil}: waiting for a write to an int its condition reads. */
    record Spinning() implements Blocking {
    }

    /** The same reason in a machine snapshot, whose primitives are copies ({@code copies}). */
    static Blocking copy(Blocking b, Copies copies) {
        return switch (b) {
            case OnPrimitive(Prim prim) -> new OnPrimitive(copies.of(prim));
            case Free f -> f;
            case OnThread t -> t;
            case OnProcess p -> p;
            case Spinning s -> s;
        };
    }
}
