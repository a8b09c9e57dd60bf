package dev.threadlab.ui.editor;

import dev.threadlab.engine.model.StepOp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The same diagram three ways, for the comparison: under the GIL, free-threaded, and with every
 * thread moved into a process of its own (each process has its own GIL and its own copies of objects).
 */
final class Variants {

    /** One way of running the diagram, with what was changed to get it ({@code changes}, for the reader). */
    record Variant(String key, String label, ScenarioDocument doc, List<String> changes) {
        Variant {
            changes = List.copyOf(changes);
        }
    }

    private Variants() {
    }

    static List<Variant> of(ScenarioDocument doc) {
        List<String> changes = new ArrayList<>();
        ScenarioDocument processes = asProcesses(doc, changes);
        return List.of(new Variant("gil", "Threads, GIL", withModel(doc, "gil"), List.of()),
                new Variant("free-threaded", "Threads, free-threaded", withModel(doc, "free-threaded"), List.of()),
                new Variant("processes", "Processes", processes, changes));
    }

    static ScenarioDocument withModel(ScenarioDocument doc, String model) {
        ScenarioDocument copy = doc.copy();
        copy.runtime().put("model", model);
        return copy;
    }

    /**
     * What a programmer does to move threads into processes ({@code multiprocessing}):
     * <ul>
     *   <li>every thread of the main process except {@code main} and timers runs in a process {@code p-<id>} of its
     *       own; a thread with {@code count: N} becomes N threads {@code id-1 … id-N}, each in its own process (a pool
     *       of N workers is N processes, not one process with N threads);</li>
     *   <li>a {@code start} or {@code join} of a moved thread starts or joins its process(es), and a manually started
     *       thread's process is started manually;</li>
     *   <li>a {@code queue.Queue} used from more than one process becomes a {@code multiprocessing.Queue}, the one
     *       object processes share (a plain Queue would be copied into each process). One that needs
     *       {@code task_done()}/{@code join()} stays a copy: {@code mp.Queue} has neither.</li>
     * </ul>
     * Other objects are copied into each process, as {@code fork} does: that difference is the point of the variant.
     * Each change is described in {@code changes}.
     */
    static ScenarioDocument asProcesses(ScenarioDocument doc, List<String> changes) {
        ScenarioDocument copy = withModel(doc, "gil");
        ArrayNode processes = copy.root().path("processes") instanceof ArrayNode existing
                ? existing.deepCopy() : ScenarioDocument.JSON.createArrayNode();
        Map<String, List<String>> processesOfThread = new LinkedHashMap<>();
        ArrayNode threads = ScenarioDocument.JSON.createArrayNode();
        for (JsonNode t : copy.threads()) {
            ObjectNode thread = (ObjectNode) t;
            String id = thread.path("id").asString("");
            if (id.equals("main") || thread.has("timer") || !thread.path("process").asString("main").equals("main")) {
                threads.add(thread);
                continue;
            }
            int count = Math.max(1, thread.path("count").asInt(1));
            boolean manual = "manual".equals(thread.path("start").asString(""));
            List<String> own = new ArrayList<>();
            for (int k = 1; k <= count; k++) {
                ObjectNode replica = thread.deepCopy();
                String replicaId = count == 1 ? id : id + "-" + k;
                String process = "p-" + replicaId;
                replica.put("id", replicaId);
                replica.remove("count");
                replica.remove("start");
                replica.put("process", process);
                ObjectNode decl = processes.addObject().put("id", process);
                if (manual) {
                    decl.put("start", "manual");
                }
                threads.add(replica);
                own.add(process);
            }
            processesOfThread.put(id, own);
            if (count > 1) {
                changes.add(id + " ×" + count + " → " + count + " processes");
            }
        }
        copy.root().set("threads", threads);
        threads.forEach(t -> rewriteTargets((ObjectNode) t, processesOfThread));
        if (!processes.isEmpty()) {
            copy.root().set("processes", processes);
        }
        shareQueues(copy, changes);
        return copy;
    }

    /** {@code start}/{@code join} of a moved thread: one step per process it became. */
    private static void rewriteTargets(ObjectNode holder, Map<String, List<String>> processesOfThread) {
        for (StepPath.Branch b : StepPath.Branch.of(holder)) {
            rewriteTargets(holder, b.key(), processesOfThread);
        }
    }

    private static void rewriteTargets(ObjectNode holder, String key, Map<String, List<String>> processesOfThread) {
        ArrayNode body = (ArrayNode) holder.get(key);
        ArrayNode rewritten = ScenarioDocument.JSON.createArrayNode();
        for (JsonNode s : body) {
            ObjectNode step = (ObjectNode) s;
            boolean startOrJoin = StepCatalog.op(step)
                    .filter(op -> op == StepOp.START || op == StepOp.JOIN).isPresent();
            List<String> moved = processesOfThread.get(step.path("target").asString(""));
            if (startOrJoin && moved != null) {
                moved.forEach(process -> rewritten.add(step.deepCopy().put("target", process)));
            } else {
                rewriteTargets(step, processesOfThread);
                rewritten.add(step);
            }
        }
        holder.set(key, rewritten);
    }

    private static void shareQueues(ScenarioDocument copy, List<String> changes) {
        Map<String, Set<String>> processesUsing = new LinkedHashMap<>();
        Set<String> joinable = new HashSet<>();
        for (JsonNode t : copy.threads()) {
            String process = t.path("process").asString("main");
            collectUses(t.path("body"), process, processesUsing, joinable);
        }
        for (JsonNode o : copy.objects()) {
            String id = o.path("id").asString("");
            if (o.path("type").asString("").equals("Queue")
                    && processesUsing.getOrDefault(id, Set.of()).size() > 1) {
                if (joinable.contains(id)) {
                    changes.add(id + " stays a queue.Queue copied into each process: it uses task_done()/join(), "
                            + "which multiprocessing.Queue lacks (multiprocessing.JoinableQueue has them)");
                } else {
                    ((ObjectNode) o).put("type", "mp.Queue");
                    changes.add(id + ": queue.Queue → multiprocessing.Queue, shared by the processes");
                }
            }
        }
    }

    private static void collectUses(JsonNode body, String process, Map<String, Set<String>> processesUsing,
                                    Set<String> joinable) {
        for (JsonNode step : body) {
            String target = step.path("target").asString("");
            if (!target.isEmpty()) {
                processesUsing.computeIfAbsent(target, k -> new HashSet<>()).add(process);
                if (StepCatalog.op(step).filter(op -> op == StepOp.TASK_DONE || op == StepOp.JOIN).isPresent()) {
                    joinable.add(target);
                }
            }
            for (StepPath.Branch b : StepPath.Branch.of(step)) {
                collectUses(step.get(b.key()), process, processesUsing, joinable);
            }
        }
    }
}
