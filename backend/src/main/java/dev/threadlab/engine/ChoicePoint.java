package dev.threadlab.engine;

import java.util.List;

/**
 * The next choice of an exploring run past a forced schedule ("you are the scheduler" mode).
 *
 * @param position   its index in the schedule (the forced schedule's length)
 * @param preemption true: may {@code threads.get(0)}, running, be switched out? (0 = let it continue, 1 = switch);
 *                   false: which of {@code threads} goes (gets the GIL, a core, a released lock or permit, a queue
 *                   item, or is woken by {@code notify}); the answer is the index in {@code threads}
 * @param threads    thread ids, in canonical order
 * @param events     how many events the run had emitted when it stopped here: the run so far is events
 *                   {@code 0 … events − 1}, the same in every run that takes this schedule
 * @param atUs       the run's clock at the choice, in µs
 */
public record ChoicePoint(int position, boolean preemption, List<String> threads, long events, long atUs) {

    public ChoicePoint {
        threads = List.copyOf(threads);
    }

    /** How many answers there are. */
    public int candidates() {
        return preemption ? 2 : threads.size();
    }
}
