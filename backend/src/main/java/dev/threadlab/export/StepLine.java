package dev.threadlab.export;

import dev.threadlab.engine.event.ThreadState;

/**
 * What a thread found at one line of the exported script is doing, for the script's watchdog and recorder: a thread
 * seen at an {@code acquire} line is blocked on that lock, at a {@code time.sleep} of an I/O step it is in I/O.
 *
 * @param on      the lab id of the object waited for, null if none
 * @param forGood blocked with no timeout on something only this process's threads can release: if every thread is
 *                so for long, with no CPU used, it is a deadlock
 */
record StepLine(ThreadState state, String on, boolean forGood) {

    /** The line's entry in the script's {@code _lab_STEPS} table. */
    String python() {
        return "(" + PythonNames.literal(state.json()) + ", " + (on == null ? "None" : PythonNames.literal(on)) + ", "
               + (forGood ? "True" : "False") + ")";
    }
}
