package dev.threadlab.engine.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of shared object a scenario declares (docs/DESIGN.md §2 {@code objects}). */
public enum ObjectType {
    INT("int"),
    LOCK("Lock"),
    RLOCK("RLock"),
    CONDITION("Condition"),
    EVENT("Event"),
    SEMAPHORE("Semaphore"),
    BOUNDED_SEMAPHORE("BoundedSemaphore"),
    QUEUE("Queue"),
    LIFO_QUEUE("LifoQueue"),
    PRIORITY_QUEUE("PriorityQueue"),
    MP_QUEUE("mp.Queue");

    private final String json;

    ObjectType(String json) {
        this.json = json;
    }

    /** The name used in the scenario JSON, e.g. {@code "mp.Queue"}. */
    public String json() {
        return json;
    }

    /** True for the four queue types. */
    public boolean isQueue() {
        return this == QUEUE || this == LIFO_QUEUE || this == PRIORITY_QUEUE || this == MP_QUEUE;
    }

    /** True for the types {@code acquire}/{@code release}/{@code with} accept. */
    public boolean isAcquirable() {
        return this == LOCK || this == RLOCK || this == CONDITION || this == SEMAPHORE || this == BOUNDED_SEMAPHORE;
    }

    /** The type whose JSON name is {@code name}, if any. */
    public static Optional<ObjectType> parse(String name) {
        for (ObjectType t : values()) {
            if (t.json.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The type whose JSON name is {@code name}; {@link IllegalArgumentException} listing the valid names if none. */
    public static ObjectType fromJson(String name) {
        return parse(name).orElseThrow(() -> new IllegalArgumentException("unknown object type \"" + name
                + "\"; expected one of " + Arrays.stream(values()).map(ObjectType::json).collect(Collectors.joining(", "))));
    }
}
