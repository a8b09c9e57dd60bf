package dev.threadlab.engine.sim;

/**
 * What a pending entry of the future-event list ({@link Heap}) does when it pops: a thread's next step, its wake-up
 * (a sleep, an I/O or a timer's interval ended), a blocking call's timeout, a started thread being ready, a process's
 * GIL drop-request timer, or a process's exit. The heap stores an entry's kind by its ordinal; {@link #of} gives it
 * back without allocating.
 */
enum EntryKind {
    STEP, WAKE, TIMEOUT, START_READY, DROP, PROCESS_EXIT;

    private static final EntryKind[] BY_ORDINAL = values();

    static EntryKind of(int ordinal) {
        return BY_ORDINAL[ordinal];
    }
}
