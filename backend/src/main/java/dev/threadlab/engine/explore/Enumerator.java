package dev.threadlab.engine.explore;

import dev.threadlab.engine.Outcome;
import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.RunResult;
import dev.threadlab.engine.RunSummary;
import dev.threadlab.engine.Simulator;
import dev.threadlab.engine.event.Event.WaitFor;
import dev.threadlab.engine.model.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exhaustive depth-first enumeration of the schedules of a small scenario, in exploring mode (every eval-breaker
 * point where another thread could go is a choice). Each run reports, per choice point, how many candidates it had;
 * the next schedule is the current one with its deepest not-yet-exhausted choice incremented and everything after it
 * left to the canonical default (index 0). No partial-order reduction yet: the number of runs grows exponentially.
 */
public final class Enumerator {

    private record Key(Outcome outcome, Map<String, Long> variables, List<String> errors, List<WaitFor> deadlock) {
    }

    private Enumerator() {
    }

    /** Runs up to {@code maxSchedules} distinct schedules and groups them by outcome. */
    public static Exploration enumerate(Scenario scenario, int maxSchedules) {
        return enumerate(scenario, maxSchedules, RunOptions.defaults());
    }

    /** As {@link #enumerate(Scenario, int)}, with the costs and limits of {@code base} (schedule and sink ignored). */
    public static Exploration enumerate(Scenario scenario, int maxSchedules, RunOptions base) {
        Map<Key, OutcomeClass> found = new LinkedHashMap<>();
        List<Integer> prefix = List.of();
        int runs = 0;
        while (runs < maxSchedules) {
            RunResult r = Simulator.run(scenario, base.withExploring(true).withSchedule(prefix));
            runs++;
            tally(found, r.summary());
            prefix = next(r.summary().schedule(), r.candidates());
            if (prefix == null) {
                return new Exploration(List.copyOf(found.values()), runs, true);
            }
        }
        return new Exploration(List.copyOf(found.values()), runs, false);
    }

    /** The next schedule prefix in depth-first order, or null when every alternative was tried. */
    static List<Integer> next(List<Integer> schedule, List<Integer> candidates) {
        for (int i = schedule.size() - 1; i >= 0; i--) {
            if (schedule.get(i) + 1 < candidates.get(i)) {
                List<Integer> p = new ArrayList<>(schedule.subList(0, i));
                p.add(schedule.get(i) + 1);
                return p;
            }
        }
        return null;
    }

    private static void tally(Map<Key, OutcomeClass> found, RunSummary s) {
        List<String> errors = s.errors().stream().map(e -> e.thread() + ": " + e.type() + ": " + e.message()).toList();
        Key key = new Key(s.outcome(), s.variables(), errors, s.deadlock());
        OutcomeClass old = found.get(key);
        found.put(key, old == null
                ? new OutcomeClass(s.outcome(), s.variables(), errors, s.deadlock(), 1, List.copyOf(s.schedule()))
                : new OutcomeClass(old.outcome(), old.variables(), old.errors(), old.deadlock(), old.count() + 1,
                        old.witness()));
    }
}
