package dev.threadlab.engine.primitives;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The objects of one machine snapshot, copied once each: an object reached twice (a queue shared by processes, the
 * lock a condition and a waiting thread both refer to) maps to one copy, so the snapshot keeps the original's sharing.
 */
public final class Copies {

    private final Map<Prim, Prim> done = new IdentityHashMap<>();

    /** The copy of {@code original} in this snapshot (made on first use); null for null. */
    public Prim of(Prim original) {
        if (original == null) {
            return null;
        }
        Prim copy = done.get(original);
        if (copy == null) {
            copy = original.copy(this);
            done.put(original, copy);
        }
        return copy;
    }
}
