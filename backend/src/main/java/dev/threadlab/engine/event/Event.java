package dev.threadlab.engine.event;

import java.util.List;

/**
 * One state change of a run. {@code seq} is dense (0, 1, 2 …) and {@code t} is virtual time in microseconds.
 * Threads and objects are named by id; a child process's objects are named {@code process/id}. Replaying the
 * stream from seq 0 rebuilds the full state at any instant (queue contents from the put/get deltas).
 */
public sealed interface Event {

    long seq();

    long t();

    /** The JSON {@code kind}, e.g. {@code "thread-state"}. */
    String kind();

    /** A thread entered a state; {@code on} is the object (or thread/process) it waits for, else null. */
    record ThreadStateChanged(long seq, long t, String thread, ThreadState state, String on) implements Event {
        public String kind() { return "thread-state"; }
    }

    /** A thread is about to execute the step at {@code step} (a JSON path such as {@code threads[1].body[2]}). */
    record StepEntered(long seq, long t, String thread, String step) implements Event {
        public String kind() { return "step"; }
    }

    /** {@code thread} took {@code process}'s GIL. */
    record GilTaken(long seq, long t, String process, String thread) implements Event {
        public String kind() { return "gil-taken"; }
    }

    /** {@code thread} dropped {@code process}'s GIL. */
    record GilDropped(long seq, long t, String process, String thread) implements Event {
        public String kind() { return "gil-dropped"; }
    }

    /** A waiter ({@code requester}) asked the holder ({@code holder}) to drop the GIL after the switch interval. */
    record GilDropRequested(long seq, long t, String process, String holder, String requester) implements Event {
        public String kind() { return "gil-drop-requested"; }
    }

    /** {@code owner} acquired a Lock/RLock ({@code count} = RLock recursion depth, 1 for a Lock). */
    record LockAcquired(long seq, long t, String object, String owner, int count) implements Event {
        public String kind() { return "lock-acquired"; }
    }

    /** {@code thread} released a Lock/RLock; {@code count} is what remains (0 = unlocked). */
    record LockReleased(long seq, long t, String object, String thread, int count) implements Event {
        public String kind() { return "lock-released"; }
    }

    /** A (Bounded)Semaphore's counter changed. */
    record SemaphoreChanged(long seq, long t, String object, String thread, long value) implements Event {
        public String kind() { return "semaphore"; }
    }

    /** An Event's flag changed ({@code set()} / {@code clear()}). */
    record EventFlagChanged(long seq, long t, String object, String thread, boolean set) implements Event {
        public String kind() { return "event-flag"; }
    }

    /** An item went into ({@code put}) or out of ({@code get}) a queue, or a task was done. */
    record QueueChanged(long seq, long t, String object, String thread, QueueAction action, String item, int size,
                        int unfinished, List<String> head) implements Event {
        public String kind() { return "queue"; }
    }

    /** What happened to a queue; {@code head} of {@link QueueChanged} shows at most {@link #HEAD} items. */
    enum QueueAction {
        PUT, GET, TASK_DONE;

        public static final int HEAD = 16;

        public String json() {
            return this == TASK_DONE ? "task-done" : name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code thread} read a shared int. */
    record VariableRead(long seq, long t, String object, String thread, long value) implements Event {
        public String kind() { return "var-read"; }
    }

    /** {@code thread} wrote a shared int; {@code lost} if it overwrote a value the thread had not read last. */
    record VariableWritten(long seq, long t, String object, String thread, long value, boolean lost) implements Event {
        public String kind() { return "var-written"; }
    }

    /** A {@code print} step wrote a line to stdout. */
    record Printed(long seq, long t, String thread, String text) implements Event {
        public String kind() { return "printed"; }
    }

    /** A timer was cancelled before (or after: no effect) it fired. */
    record TimerCancelled(long seq, long t, String timer, String thread) implements Event {
        public String kind() { return "timer-cancelled"; }
    }

    /** A process started (fork done) or ended. */
    record ProcessChanged(long seq, long t, String process, boolean alive) implements Event {
        public String kind() { return "process"; }
    }

    /** An uncaught exception ended {@code thread}. */
    record ErrorRaised(long seq, long t, String thread, String type, String message, String step) implements Event {
        public String kind() { return "error"; }
    }

    /** No thread can ever run again. */
    record DeadlockDetected(long seq, long t, List<WaitFor> cycle) implements Event {
        public DeadlockDetected {
            cycle = List.copyOf(cycle);
        }
        public String kind() { return "deadlock"; }
    }

    /** One edge of a wait-for graph; {@code heldBy} is null when nobody holds what is waited for. */
    record WaitFor(String thread, String waitsFor, String heldBy) {
    }

    /** The last event of every run; {@code outcome} is the JSON name of the outcome. */
    record RunEnded(long seq, long t, String outcome) implements Event {
        public String kind() { return "run-ended"; }
    }
}
