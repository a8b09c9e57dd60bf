package dev.threadlab.ui.editor;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The hand-overs between lanes that the diagram draws as arrows: {@code set → wait} on an Event,
 * {@code notify → wait} on a Condition, {@code put → get} on a queue, {@code release → acquire} on a lock
 * or semaphore. Only pairs in different threads are signals.
 */
final class SignalFinder {

    /** One arrow from the signalling step to the step it may wake. */
    record Signal(StepPath from, StepPath to, String object, String kind) {
    }

    private static final Map<String, List<String>> WAKES = Map.of(
            "set", List.of("wait"),
            "notify", List.of("wait"),
            "notifyAll", List.of("wait"),
            "put", List.of("get"),
            "release", List.of("acquire", "with"));

    private record Site(StepPath path, String op, String target) {
    }

    private SignalFinder() {
    }

    static List<Signal> find(ScenarioDocument doc) {
        List<Site> sites = new ArrayList<>();
        for (int t = 0; t < doc.threads().size(); t++) {
            collect(doc.thread(t).path("body"), StepPath.StepList.ofThread(t), sites);
        }
        List<Signal> signals = new ArrayList<>();
        for (Site from : sites) {
            List<String> wakes = WAKES.get(from.op());
            if (wakes == null || from.target().isEmpty()) {
                continue;
            }
            for (Site to : sites) {
                if (to.path().thread() != from.path().thread() && wakes.contains(to.op())
                        && to.target().equals(from.target())) {
                    signals.add(new Signal(from.path(), to.path(), from.target(), from.op() + " → " + to.op()));
                }
            }
        }
        return signals;
    }

    private static void collect(JsonNode steps, StepPath.StepList list, List<Site> sites) {
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            StepPath path = list.child(i);
            sites.add(new Site(path, step.path("op").asString(""), step.path("target").asString("")));
            for (StepPath.Branch b : StepPath.Branch.of(step)) {
                collect(step.get(b.key()), new StepPath.StepList(path, b), sites);
            }
        }
    }
}
