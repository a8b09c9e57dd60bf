package dev.threadlab.engine.model;

import java.util.List;

/**
 * A thread lane (docs/DESIGN.md §2 {@code threads}). Absent optional keys are {@code null}.
 *
 * @param id              unique id; {@code "main"} is the main thread of the main process
 * @param name            display name (absent: the id)
 * @param count           replicas: {@code id-1 … id-N} when &gt; 1 (the adapter passes 1 when absent)
 * @param daemon          killed when the process's main thread and non-daemon threads are done
 * @param start           {@code "auto"} (null) or {@code "manual"}
 * @param process         the child process it belongs to; null or {@code "main"} for the main process
 * @param timerIntervalMs non-null for a {@code threading.Timer}: sleep this long, then run the body unless cancelled
 * @param body            the steps
 */
public record ThreadDecl(String id, String name, int count, boolean daemon, String start, String process,
                         Double timerIntervalMs, List<Step> body) {

    public ThreadDecl {
        body = body == null ? List.of() : List.copyOf(body);
    }

    /** A plain auto-started, non-daemon thread of the main process. */
    public static ThreadDecl of(String id, Step... body) {
        return new ThreadDecl(id, null, 1, false, null, null, null, List.of(body));
    }

    public boolean manual() {
        return "manual".equals(start);
    }

    public boolean isTimer() {
        return timerIntervalMs != null;
    }

    public ThreadDecl withCount(int n) {
        return new ThreadDecl(id, name, n, daemon, start, process, timerIntervalMs, body);
    }

    public ThreadDecl withDaemon(boolean d) {
        return new ThreadDecl(id, name, count, d, start, process, timerIntervalMs, body);
    }

    public ThreadDecl withStart(String s) {
        return new ThreadDecl(id, name, count, daemon, s, process, timerIntervalMs, body);
    }

    public ThreadDecl withProcess(String p) {
        return new ThreadDecl(id, name, count, daemon, start, p, timerIntervalMs, body);
    }

    public ThreadDecl withTimer(Double intervalMs) {
        return new ThreadDecl(id, name, count, daemon, start, process, intervalMs, body);
    }
}
