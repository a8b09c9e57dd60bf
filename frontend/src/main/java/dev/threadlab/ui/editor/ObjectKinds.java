package dev.threadlab.ui.editor;

import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The object types of DESIGN.md §2 with their parameters and the defaults a new one gets. */
final class ObjectKinds {

    static final List<String> TYPES = List.of("int", "Lock", "RLock", "Condition", "Event", "Semaphore",
            "BoundedSemaphore", "Queue", "LifoQueue", "PriorityQueue", "mp.Queue");
    static final Set<String> ACQUIRABLE = Set.of("Lock", "RLock", "Semaphore", "BoundedSemaphore", "Condition");
    static final Set<String> QUEUES = Set.of("Queue", "LifoQueue", "PriorityQueue", "mp.Queue");

    private ObjectKinds() {
    }

    static String baseId(String type) {
        return switch (type) {
            case "int" -> "counter";
            case "Condition" -> "cond";
            case "Semaphore", "BoundedSemaphore" -> "sem";
            case "Event" -> "event";
            case "mp.Queue" -> "mpq";
            case "Queue", "LifoQueue", "PriorityQueue" -> "q";
            default -> type.toLowerCase(Locale.ROOT);
        };
    }

    /** Which parameters a type has, besides id and type. */
    static List<String> parameters(String type) {
        return switch (type) {
            case "int", "Semaphore", "BoundedSemaphore" -> List.of("value");
            case "Condition" -> List.of("lock");
            case "Queue", "LifoQueue", "PriorityQueue", "mp.Queue" -> List.of("maxsize");
            default -> List.of();
        };
    }

    static void defaults(String type, ObjectNode o) {
        switch (type) {
            case "int" -> o.put("value", 0);
            case "Semaphore", "BoundedSemaphore" -> o.put("value", 1);
            case "Queue", "LifoQueue", "PriorityQueue", "mp.Queue" -> o.put("maxsize", 0);
            default -> {
                // Lock, RLock, Event, Condition (its own RLock unless a lock is named) need nothing.
            }
        }
    }

    /** The Python that creates the object, for its card. */
    static String python(ObjectNode o) {
        String type = o.path("type").asString("");
        String id = o.path("id").asString("");
        return id + " = " + switch (type) {
            case "int" -> String.valueOf(o.path("value").asLong(0));
            case "Semaphore", "BoundedSemaphore" -> "threading." + type + "(" + o.path("value").asLong(1) + ")";
            case "Condition" -> "threading.Condition(" + o.path("lock").asString("") + ")";
            case "Queue", "LifoQueue", "PriorityQueue" -> "queue." + type + "(" + o.path("maxsize").asLong(0) + ")";
            case "mp.Queue" -> "multiprocessing.Queue(" + o.path("maxsize").asLong(0) + ")";
            default -> "threading." + type + "()";
        };
    }
}
