package dev.threadlab.engine.model;

/**
 * One shared object. Absent keys are {@code null}.
 *
 * @param id      unique among objects, threads and processes
 * @param type    its kind
 * @param value   initial value of an {@code int}, or the counter of a (Bounded)Semaphore (default 1)
 * @param lock    for a Condition: the id of its Lock/RLock (absent: the Condition owns an RLock)
 * @param maxsize for a queue: capacity, 0 = unbounded (default 0)
 */
public record ObjectDecl(String id, ObjectType type, Long value, String lock, Integer maxsize) {

    public static ObjectDecl of(String id, ObjectType type) {
        return new ObjectDecl(id, type, null, null, null);
    }

    public static ObjectDecl integer(String id, long value) {
        return new ObjectDecl(id, ObjectType.INT, value, null, null);
    }
}
