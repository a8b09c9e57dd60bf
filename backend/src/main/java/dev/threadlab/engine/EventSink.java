package dev.threadlab.engine;

import dev.threadlab.engine.event.Event;

/** Receives every event of a run, in {@code seq} order, on the simulating thread. */
@FunctionalInterface
public interface EventSink {

    /** Discards everything. */
    EventSink NONE = e -> { };

    void accept(Event event);
}
