package dev.threadlab.engine;

import dev.threadlab.engine.sim.Machine;

/**
 * A run frozen at a quiescent point (between two dispatches of its event loop), as {@link RunOptions#withCheckpoints}
 * hands it out: {@link Simulator#resume} continues from here and produces exactly the events the original run
 * produced from {@link #seq()} on (same seq, time and content), as many times as asked, from any thread (each resume
 * runs a copy; the checkpoint itself never changes). A checkpoint holds the machine's state (threads, objects, the
 * future-event list, the generators' positions), not the events or choices that led to it.
 */
public final class Checkpoint {

    private final Machine frozen;
    private final long seq;
    private final long timeUs;
    private final long bytes;

    /** Made by the machine of a run, from a copy of itself that nothing else refers to. */
    public Checkpoint(Machine frozen) {
        this.frozen = frozen;
        this.seq = frozen.eventCount();
        this.timeUs = frozen.nowUs();
        this.bytes = frozen.approximateBytes();
    }

    /** The seq of the first event a resume produces (the number of events before this point). */
    public long seq() {
        return seq;
    }

    /**
     * Virtual time here (µs): every event before this point has {@code t <= timeUs()}, every event after it
     * {@code t >= timeUs()}.
     */
    public long timeUs() {
        return timeUs;
    }

    /** Approximate bytes this checkpoint holds. */
    public long approximateBytes() {
        return bytes;
    }

    /** Runs a copy of the frozen machine from here to the end of the run into {@code sink}. */
    void resume(EventSink sink) {
        frozen.resumeCopy(sink).finish();
    }
}
