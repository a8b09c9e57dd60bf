package dev.threadlab.engine.explore;

import dev.threadlab.engine.Outcome;
import dev.threadlab.engine.RunSummary;
import dev.threadlab.engine.event.Event.WaitFor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Distinct outcomes by key (outcome kind, final variables, errors, deadlock cycle), numbered in order found. */
final class OutcomeTable {

    private record Key(Outcome outcome, Map<String, Long> variables, List<String> errors, List<WaitFor> deadlock) {
    }

    private final Map<Key, Integer> ids = new HashMap<>();
    private final List<Key> keys = new ArrayList<>();

    /** The outcome's number, adding it when new. */
    int id(RunSummary s) {
        List<String> errors = s.errors().stream().map(e -> e.thread() + ": " + e.type() + ": " + e.message()).toList();
        Key key = new Key(s.outcome(), Map.copyOf(s.variables()), errors, s.deadlock());
        return ids.computeIfAbsent(key, k -> {
            keys.add(k);
            return keys.size() - 1;
        });
    }

    int size() {
        return keys.size();
    }

    OutcomeClass outcome(int id, long count, List<Integer> witness, List<Integer> preemptions) {
        Key k = keys.get(id);
        return new OutcomeClass(k.outcome(), k.variables(), k.errors(), k.deadlock(), count, witness, preemptions,
                true);
    }

    /** Whether {@code a} and {@code b} are the same outcome (kind, variables, errors, deadlock cycle). */
    static boolean same(OutcomeClass a, OutcomeClass b) {
        return a.outcome() == b.outcome() && a.variables().equals(b.variables()) && a.errors().equals(b.errors())
                && java.util.Objects.equals(a.deadlock(), b.deadlock());
    }

    /** The indices of {@code choices} that are preemptions taken ({@code preemptive[i]}). */
    static List<Integer> preemptions(int[] choices, boolean[] preemptive) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < choices.length; i++) {
            if (preemptive[i]) {
                out.add(i);
            }
        }
        return out;
    }
}
