package dev.threadlab.runs;

import dev.threadlab.engine.EventSink;
import dev.threadlab.engine.event.Event;
import dev.threadlab.engine.model.ObjectDecl;
import dev.threadlab.engine.model.Scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /api/runs/{id}/state?at=µs}: every object's state and every thread's at one instant of a run, built by
 * applying the run's events up to that instant (the run resumed at its last checkpoint at or before the instant, from
 * the state kept there, and stopped at the instant: {@link RunCheckpoints}). What the playback's panels show, right at
 * any instant of any run, without the browser holding its events.
 *
 * @param seq     the last event applied (-1 before the first)
 * @param threads each thread's state, what it waits on and the step it is at
 * @param gil     each process's GIL holder (null: free)
 * @param locks   each Lock/RLock's owner (null: free) and re-entry count
 * @param queues  each queue's size, unfinished tasks and first items
 */
public record RunStateAt(long atUs, long seq, Map<String, ThreadNow> threads, Map<String, String> gil,
                         Map<String, String> gilRequests, Map<String, LockNow> locks, Map<String, Long> semaphores,
                         Map<String, Boolean> events, Map<String, QueueNow> queues, Map<String, IntNow> ints,
                         List<String> printed, List<ErrorNow> errors, List<Event.WaitFor> deadlock, String outcome) {

    /** A shared int: its value, who wrote it last, and how many of its writes were lost updates so far. */
    public record IntNow(long value, String lastWriter, int lost, boolean lastLost) {
    }

    public record ErrorNow(String thread, String type, String message, String step, long atUs) {
    }

    public record ThreadNow(String state, String on, String step) {
    }

    public record LockNow(String owner, int count) {
    }

    public record QueueNow(int size, int unfinished, List<String> head) {
    }

    /**
     * Applies events with {@code t <= atUs}; throws {@link RunService.StopReplay} at the first later one. A builder
     * that never stops ({@code atUs = Long.MAX_VALUE}) fed while a run is computed is copied at each of the run's
     * checkpoints ({@link #at}), so that a state is built from the nearest checkpoint instead of the run's start.
     */
    static final class Builder implements EventSink {

        private final long atUs;
        private long seq = -1;
        private final HashMap<String, ThreadNow> threads = new HashMap<>();
        private final HashMap<String, String> gil = new HashMap<>();
        private final HashMap<String, String> gilRequests = new HashMap<>();
        private final HashMap<String, LockNow> locks = new HashMap<>();
        private final HashMap<String, Long> semaphores = new HashMap<>();
        private final HashMap<String, Boolean> events = new HashMap<>();
        private final HashMap<String, QueueNow> queues = new HashMap<>();
        private final HashMap<String, IntNow> ints = new HashMap<>();
        private final List<String> printed = new ArrayList<>();
        private final List<ErrorNow> errors = new ArrayList<>();
        private List<Event.WaitFor> deadlock;
        private String outcome;

        /** A copy of {@code o} (whose values are immutable records) that applies events up to {@code atUs}. */
        private Builder(Builder o, long atUs) {
            this.atUs = atUs;
            this.seq = o.seq;
            threads.putAll(o.threads);
            gil.putAll(o.gil);
            gilRequests.putAll(o.gilRequests);
            locks.putAll(o.locks);
            semaphores.putAll(o.semaphores);
            events.putAll(o.events);
            queues.putAll(o.queues);
            ints.putAll(o.ints);
            printed.addAll(o.printed);
            errors.addAll(o.errors);
            deadlock = o.deadlock;
            outcome = o.outcome;
        }

        /** A copy of this builder's state that goes on applying events up to {@code until} (µs). */
        Builder at(long until) {
            return new Builder(this, until);
        }

        /** Approximate bytes of this builder's state (entries and the lines printed; the strings are shared). */
        long approximateBytes() {
            long entries = threads.size() + gil.size() + gilRequests.size() + locks.size() + semaphores.size()
                    + events.size() + queues.size() + ints.size();
            long heads = 0;
            for (QueueNow q : queues.values()) {
                heads += 16L * q.head().size();
            }
            return 256 + 96 * entries + heads + 8L * printed.size() + 64L * errors.size();
        }

        /** Starts from the scenario's declared objects, as they are before the first event. */
        Builder(Scenario scenario, long atUs) {
            this.atUs = atUs;
            for (ObjectDecl o : scenario.objects()) {
                switch (o.type()) {
                    case INT -> ints.put(o.id(), new IntNow(o.value() == null ? 0L : o.value(), null, 0, false));
                    case LOCK, RLOCK -> locks.put(o.id(), new LockNow(null, 0));
                    case SEMAPHORE, BOUNDED_SEMAPHORE -> semaphores.put(o.id(), o.value() == null ? 1L : o.value());
                    case EVENT -> events.put(o.id(), false);
                    case QUEUE, LIFO_QUEUE, PRIORITY_QUEUE, MP_QUEUE -> queues.put(o.id(), new QueueNow(0, 0, List.of()));
                    case CONDITION -> { }
                }
            }
        }

        @Override
        public void accept(Event event) {
            if (event.t() > atUs) {
                throw new RunService.StopReplay();
            }
            seq = event.seq();
            switch (event) {
                case Event.ThreadStateChanged e -> {
                    ThreadNow before = threads.get(e.thread());
                    threads.put(e.thread(), new ThreadNow(e.state().json(), e.on(), before == null ? null : before.step()));
                }
                case Event.StepEntered e -> {
                    ThreadNow before = threads.get(e.thread());
                    threads.put(e.thread(), new ThreadNow(before == null ? "running" : before.state(),
                            before == null ? null : before.on(), e.step()));
                }
                case Event.GilTaken e -> {
                    gil.put(e.process(), e.thread());
                    gilRequests.put(e.process(), null);
                }
                case Event.GilDropped e -> gil.put(e.process(), null);
                case Event.GilDropRequested e -> gilRequests.put(e.process(), e.requester());
                case Event.LockAcquired e -> locks.put(e.object(), new LockNow(e.owner(), e.count()));
                case Event.LockReleased e -> locks.put(e.object(), new LockNow(e.count() == 0 ? null : e.thread(), e.count()));
                case Event.SemaphoreChanged e -> semaphores.put(e.object(), e.value());
                case Event.EventFlagChanged e -> events.put(e.object(), e.set());
                case Event.QueueChanged e -> queues.put(e.object(), new QueueNow(e.size(), e.unfinished(), e.head()));
                case Event.VariableRead e -> { }
                case Event.VariableWritten e -> {
                    IntNow before = ints.get(e.object());
                    int lost = (before == null ? 0 : before.lost()) + (e.lost() ? 1 : 0);
                    ints.put(e.object(), new IntNow(e.value(), e.thread(), lost, e.lost()));
                }
                case Event.Printed e -> printed.add(e.thread() + ": " + e.text());
                case Event.TimerCancelled e -> { }
                case Event.ProcessChanged e -> { }
                case Event.ErrorRaised e -> errors.add(new ErrorNow(e.thread(), e.type(), e.message(), e.step(), e.t()));
                case Event.DeadlockDetected e -> deadlock = e.cycle();
                case Event.RunEnded e -> outcome = e.outcome();
            }
        }

        RunStateAt build() {
            return new RunStateAt(atUs, seq, new TreeMap<>(threads), new TreeMap<>(gil), new TreeMap<>(gilRequests),
                    new TreeMap<>(locks), new TreeMap<>(semaphores), new TreeMap<>(events), new TreeMap<>(queues),
                    new TreeMap<>(ints), printed, errors, deadlock, outcome);
        }
    }
}
