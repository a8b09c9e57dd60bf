package dev.threadlab.ui.editor;

import dev.threadlab.engine.model.StepOp;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The hand-overs between lanes that the diagram draws as arrows: {@code set → wait} on an Event,
 * {@code notify → wait} on a Condition, {@code put → get} on a queue, {@code release → acquire} on a lock
 * or semaphore. Only pairs in different threads are signals.
 */
final class SignalFinder {

    /** One arrow from the signalling step to the step it may wake. */
    record Signal(StepPath from, StepPath to, String object, String kind) {
    }

    private record Site(StepPath path, StepOp op, String target) {
    }

    private SignalFinder() {
    }

    /** The steps a step of {@code op} may wake when they name the same target. */
    private static Set<StepOp> wakes(StepOp op) {
        return switch (op) {
            case SET, NOTIFY, NOTIFY_ALL -> Set.of(StepOp.WAIT);
            case PUT -> Set.of(StepOp.GET);
            case RELEASE -> Set.of(StepOp.ACQUIRE, StepOp.WITH);
            case COMPUTE, IO, SLEEP, ACQUIRE, WITH, WAIT, CLEAR, GET, TASK_DONE, JOIN, START, CANCEL, READ, WRITE,
                 INCREMENT, REPEAT, PRINT, EXIT, SPIN_UNTIL, IF, WHILE, BREAK -> Set.of();
        };
    }

    static List<Signal> find(ScenarioDocument doc) {
        List<Site> sites = new ArrayList<>();
        for (int t = 0; t < doc.threads().size(); t++) {
            collect(doc.thread(t).path("body"), StepPath.StepList.ofThread(t), sites);
        }
        List<Signal> signals = new ArrayList<>();
        for (Site from : sites) {
            Set<StepOp> wakes = wakes(from.op());
            if (wakes.isEmpty() || from.target().isEmpty()) {
                continue;
            }
            for (Site to : sites) {
                if (to.path().thread() != from.path().thread() && wakes.contains(to.op())
                        && to.target().equals(from.target())) {
                    signals.add(new Signal(from.path(), to.path(), from.target(),
                            from.op().jsonName() + " → " + to.op().jsonName()));
                }
            }
        }
        return signals;
    }

    private static void collect(JsonNode steps, StepPath.StepList list, List<Site> sites) {
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            StepPath path = list.child(i);
            StepCatalog.op(step).ifPresent(op -> sites.add(new Site(path, op, step.path("target").asString(""))));
            for (StepPath.Branch b : StepPath.Branch.of(step)) {
                collect(step.get(b.key()), new StepPath.StepList(path, b), sites);
            }
        }
    }
}
