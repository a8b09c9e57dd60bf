package dev.threadlab.engine.primitives;

/** A synchronisation object of one process (a child gets copies at fork; an mp.Queue is shared). */
public sealed interface Prim permits LockPrim, RLockPrim, ConditionPrim, EventPrim, SemaphorePrim, QueuePrim {

    /** Event name: the id, or {@code process/id} in a child process. */
    String name();

    /** The thread holding it, for the wait-for graph; -1 when nobody (or nobody in particular) holds it. */
    default int holder() {
        return -1;   // no owner: events, semaphores, queues, conditions (their lock has one)
    }

    /** Called when {@code thread}'s timeout expires while it waits here: forget it and wake it with False. */
    void timeout(Kernel k, int thread);

    /** The copy a child process gets at fork, named {@code newName}; waiters are not copied. */
    Prim forkCopy(String newName);

    /**
     * An exact copy, waiters included, for a snapshot of the machine that the explorer resumes from; any object it
     * refers to is copied through {@code copies}.
     */
    Prim copy(Copies copies);

    /** Writes the state that decides this object's future behaviour (not its name) for the explorer. */
    void digest(Digest d);
}
