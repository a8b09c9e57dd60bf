package dev.threadlab.engine.primitives;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A state vector under construction: the explorer's stateful search writes everything that decides a run's future
 * into one of these at a quiescent point and compares vectors for equality (exactly, not by a hash). Every value is
 * written in a canonical order (maps sorted by key, waiters in arrival order, which the future depends on).
 */
public final class Digest {

    private long[] values = new long[64];
    private int size;

    public Digest add(long v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
        return this;
    }

    public Digest add(boolean b) {
        return add(b ? 1 : 0);
    }

    /**
     * Any timing: every thread woken is dispatched in an order the explorer chooses, so the order in which waiters
     * are woken decides nothing either, and every waiter list is written as a set.
     */
    private boolean anyOrder;

    /** Length, then the thread indices in arrival order (as a set with {@link #anyOrder(boolean)}). */
    public Digest add(Waiters w) {
        if (anyOrder) {
            return addUnordered(w);
        }
        add(w.size());
        for (int i = 0; i < w.size(); i++) {
            add(w.get(i));
        }
        return this;
    }

    /**
     * Length, then the thread indices in ascending order: for waiters that only ever leave through a choice, which
     * in exploring mode offers them in thread order, so their arrival order decides nothing.
     */
    public Digest addUnordered(Waiters w) {
        int n = w.size();
        add(n);
        int at = size;
        for (int i = 0; i < n; i++) {
            add(w.get(i));
        }
        if (n > 16) {
            Arrays.sort(values, at, at + n);
            return this;
        }
        for (int i = at + 1; i < at + n; i++) {   // few waiters: insertion sort, no call into the JDK's sort
            long v = values[i];
            int j = i;
            while (j > at && values[j - 1] > v) {
                values[j] = values[j - 1];
                j--;
            }
            values[j] = v;
        }
        return this;
    }

    /** Size, then key/value pairs sorted by key. */
    public Digest add(Map<Integer, ? extends Number> map) {
        add(map.size());
        if (!map.isEmpty()) {
            new TreeMap<>(map).forEach((k, v) -> add(k).add(v.longValue()));
        }
        return this;
    }

    /** Length, then each char. */
    public Digest add(String s) {
        add(s.length());
        for (int i = 0; i < s.length(); i++) {
            add(s.charAt(i));
        }
        return this;
    }

    /** Empties it for reuse. */
    public void reset() {
        size = 0;
    }

    /** Whether waiter lists are written as sets from now on (any timing). */
    public void anyOrder(boolean any) {
        anyOrder = any;
    }

    public int size() {
        return size;
    }

    /** The {@code i}th value written since the last {@link #reset()}. */
    public long get(int i) {
        return values[i];
    }
}
