package dev.threadlab.engine;

import dev.threadlab.engine.event.ThreadState;

/**
 * Where one thread's time went. {@code blockedMs} includes WAITING (Condition/Event); {@code readyMs} (waiting for a
 * core) and {@code cpuMs} (= time RUNNING on a core) are extras beyond docs/DESIGN.md §4.
 */
public record ThreadSummary(String id, String process, ThreadState state, double runningMs, double waitingGilMs,
                            double blockedMs, double ioMs, double sleepingMs, double readyMs, double cpuMs) {
}
