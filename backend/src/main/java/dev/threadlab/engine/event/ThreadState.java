package dev.threadlab.engine.event;

/**
 * The life cycle of a simulated thread.
 *
 * <pre>
 *  NEW ──start()──▶ WAITING_GIL ◀──────────────────────────────┐
 *                    │ takes the GIL (free-threaded: at once)   │ io/sleep/wait over,
 *                    ▼                                          │ lock/item/notify/join granted,
 *                  READY ──gets a core──▶ RUNNING ──────────────┤ drop request honoured
 *                    ▲                     │  │ │               │ (holder goes back to WAITING_GIL)
 *                    └──── (parked) ───────┘  │ ├─▶ IO ─────────┤
 *                                             │ ├─▶ SLEEPING ───┤
 *                                             │ ├─▶ BLOCKED ────┤  (lock, semaphore, queue, join)
 *                                             │ └─▶ WAITING ────┘  (Condition, Event)
 *                                             ▼
 *                                        TERMINATED  (body done, exit, uncaught error, daemon killed)
 * </pre>
 * A thread holds a core only while RUNNING; under the GIL it holds its process's GIL while READY or RUNNING.
 */
public enum ThreadState {
    NEW("new"),
    READY("ready"),
    RUNNING("running"),
    WAITING_GIL("waiting-gil"),
    BLOCKED("blocked"),
    WAITING("waiting"),
    SLEEPING("sleeping"),
    IO("io"),
    TERMINATED("terminated");

    private final String json;

    ThreadState(String json) {
        this.json = json;
    }

    /** The name used in JSON, e.g. {@code "waiting-gil"}. */
    public String json() {
        return json;
    }
}
