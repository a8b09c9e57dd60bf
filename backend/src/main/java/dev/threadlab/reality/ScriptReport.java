package dev.threadlab.reality;

import dev.threadlab.engine.Outcome;
import dev.threadlab.engine.event.ThreadState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last line of an exported script's run ({@code LAB-REPORT {json}}): what really happened in CPython, in real
 * milliseconds from the start of {@code main()}.
 *
 * @param scale      the {@code --scale} the script ran with: a lab duration d took d × scale here
 * @param gil        the interpreter had the GIL (false on a free-threaded build with it off)
 * @param cores      the machine's CPUs
 * @param deadlock   what each thread waited for when the watchdog found them all blocked for good, else empty
 * @param gilHolders per process, who held the GIL (inferred from compute slices; empty unless recorded)
 * @param lostUpdates per int, how many increments were lost, where the script can tell
 */
public record ScriptReport(Outcome outcome, double elapsedMs, double scale, String python, boolean gil, int cores,
                           Map<String, Long> variables, List<Error> errors, List<Wait> deadlock,
                           List<ThreadRun> threads, Map<String, List<Holding>> gilHolders,
                           Map<String, Long> lostUpdates) {

    public static final String PREFIX = "LAB-REPORT ";

    /** An uncaught exception, with CPython's type ({@code queue.Empty}, {@code RuntimeError}). */
    public record Error(String thread, String type, String message) {
    }

    /** A thread and the object it waited for (null: the threads it joins at the end). */
    public record Wait(String thread, String waitsFor) {
    }

    /** @param endMs null if the thread was still alive when the program ended */
    public record ThreadRun(String id, double startMs, Double endMs, List<Stretch> states) {
    }

    /** A stretch of one state, sampled by the watchdog, or measured by compute slices. */
    public record Stretch(ThreadState state, String on, double fromMs, double toMs) {
    }

    public record Holding(String thread, double fromMs, double toMs) {
    }

    /** The report in a script's output: its last {@code LAB-REPORT} line, if any and well formed. */
    public static Optional<ScriptReport> find(String stdout, JsonMapper mapper) {
        int at = stdout.lastIndexOf(PREFIX);
        if (at < 0 || (at > 0 && stdout.charAt(at - 1) != '\n')) {
            return Optional.empty();
        }
        int end = stdout.indexOf('\n', at);
        String line = stdout.substring(at + PREFIX.length(), end < 0 ? stdout.length() : end);
        try {
            return Optional.of(of(mapper.readTree(line)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static ScriptReport of(JsonNode r) {
        Map<String, Long> variables = new LinkedHashMap<>();
        r.path("variables").properties().forEach(e -> variables.put(e.getKey(), e.getValue().asLong()));
        Map<String, Long> lost = new LinkedHashMap<>();
        r.path("lostUpdates").properties().forEach(e -> lost.put(e.getKey(), e.getValue().asLong()));
        List<Error> errors = new ArrayList<>();
        r.path("errors").values().forEach(e -> errors.add(new Error(text(e.path("thread")), text(e.path("type")),
                text(e.path("message")))));
        List<Wait> deadlock = new ArrayList<>();
        r.path("deadlock").values().forEach(w -> deadlock.add(new Wait(text(w.path("thread")), text(w.path("waitsFor")))));
        List<ThreadRun> threads = new ArrayList<>();
        for (JsonNode t : r.path("threads").values()) {
            List<Stretch> states = new ArrayList<>();
            t.path("states").values().forEach(s -> states.add(new Stretch(state(text(s.path(0))), text(s.path(1)),
                    s.path(2).asDouble(), s.path(3).asDouble())));
            JsonNode end = t.path("endMs");
            threads.add(new ThreadRun(text(t.path("id")), t.path("startMs").asDouble(),
                    end.isNumber() ? end.asDouble() : null, states));
        }
        Map<String, List<Holding>> holders = new LinkedHashMap<>();
        r.path("gilHolders").properties().forEach(e -> {
            List<Holding> list = new ArrayList<>();
            e.getValue().values().forEach(h -> list.add(new Holding(text(h.path(0)), h.path(1).asDouble(), h.path(2).asDouble())));
            holders.put(e.getKey(), list);
        });
        return new ScriptReport(outcome(text(r.path("outcome"))), r.path("elapsedMs").asDouble(),
                r.path("scale").asDouble(1), text(r.path("python")), r.path("gil").asBoolean(true),
                r.path("cores").asInt(), variables, errors, deadlock, threads, holders, lost);
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.stringValue() : null;
    }

    private static Outcome outcome(String json) {
        return Arrays.stream(Outcome.values()).filter(o -> o.json().equals(json)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown outcome " + json));
    }

    private static ThreadState state(String json) {
        return Arrays.stream(ThreadState.values()).filter(s -> s.json().equals(json)).findFirst()
                .orElse(ThreadState.RUNNING);
    }
}
