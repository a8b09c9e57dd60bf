package dev.threadlab.engine.primitives;

import java.util.Arrays;

/**
 * The objects of one machine snapshot, copied once each: an object reached twice (a queue shared by processes, the
 * lock a condition and a waiting thread both refer to) maps to one copy, so the snapshot keeps the original's sharing.
 * A machine has a handful of objects, so a scan of two small arrays beats a hash map.
 */
public final class Copies {

    private Prim[] originals = new Prim[16];
    private Prim[] copies = new Prim[16];
    private int size;

    /** The copy of {@code original} in this snapshot (made on first use); null for null. */
    public Prim of(Prim original) {
        if (original == null) {
            return null;
        }
        for (int i = 0; i < size; i++) {
            if (originals[i] == original) {
                return copies[i];
            }
        }
        Prim copy = original.copy(this);
        if (size == originals.length) {
            originals = Arrays.copyOf(originals, size * 2);
            copies = Arrays.copyOf(copies, size * 2);
        }
        originals[size] = original;
        copies[size++] = copy;
        return copy;
    }
}
