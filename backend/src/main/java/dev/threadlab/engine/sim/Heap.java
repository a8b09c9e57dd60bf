package dev.threadlab.engine.sim;

import java.util.Arrays;

/**
 * The future-event list: an indexed binary min-heap on (time, push order) over parallel primitive arrays. Each key has
 * at most one pending entry — a thread's next step, wake-up, timeout or start (key = thread index), a process's drop
 * request timer or exit — so pushing for a key replaces its entry and cancelling removes it: the heap never holds
 * stale entries and stays as small as the number of threads. Equal times pop in push order (determinism).
 */
final class Heap {

    private final long[] times;
    private final long[] orders;
    private final int[] keys;
    /** Each key's entry's {@link EntryKind}, by ordinal. */
    private final int[] kinds;
    private final int[] tokens;
    private final int[] pos;
    private final int threads;
    private final int processes;
    private int size;
    private long pushed;

    long topTime;
    EntryKind topKind;
    int topIndex;
    int topToken;

    Heap(int threads, int processes) {
        this.threads = threads;
        this.processes = processes;
        int n = threads + 2 * processes;
        times = new long[n];
        orders = new long[n];
        keys = new int[n];
        kinds = new int[n];
        tokens = new int[n];
        pos = new int[n];
        Arrays.fill(pos, -1);
    }

    /** An exact copy, for a machine snapshot. */
    Heap(Heap o) {
        threads = o.threads;
        processes = o.processes;
        times = o.times.clone();
        orders = o.orders.clone();
        keys = o.keys.clone();
        kinds = o.kinds.clone();
        tokens = o.tokens.clone();
        pos = o.pos.clone();
        size = o.size;
        pushed = o.pushed;
        topTime = o.topTime;
        topKind = o.topKind;
        topIndex = o.topIndex;
        topToken = o.topToken;
    }

    /** Entries the heap can hold (one per key). */
    int capacity() {
        return times.length;
    }

    boolean isEmpty() {
        return size == 0;
    }

    private int key(EntryKind kind, int index) {
        return switch (kind) {
            case DROP -> threads + index;
            case PROCESS_EXIT -> threads + processes + index;
            case STEP, WAKE, TIMEOUT, START_READY -> index;
        };
    }

    /** Schedules {@code kind} for {@code index} (a thread, or a process for DROP/PROCESS_EXIT), replacing any entry. */
    void push(long time, EntryKind kind, int index, int token) {
        int key = key(kind, index);
        int i = pos[key];
        if (i < 0) {
            i = size++;
        }
        kinds[key] = kind.ordinal();
        tokens[key] = token;
        place(i, key, time, pushed++);
    }

    /** Cancels the pending entry of a thread, if any. */
    void cancelThread(int thread) {
        remove(thread);
    }

    /** Cancels a process's pending drop request timer, if any. */
    void cancelDrop(int process) {
        remove(threads + process);
    }

    private void remove(int key) {
        int i = pos[key];
        if (i < 0) {
            return;
        }
        pos[key] = -1;
        size--;
        if (i < size) {
            int last = keys[size];
            place(i, last, times[size], orders[size]);
        }
    }

    /** Removes the earliest entry into {@code top*}. */
    void pop() {
        popKey(keys[0]);
    }

    /** Any timing: the keys of the pending entries, ascending (thread indices first, then process timers). */
    int[] pendingKeys() {
        int[] order = new int[size];
        System.arraycopy(keys, 0, order, 0, size);
        Arrays.sort(order);
        return order;
    }

    /** Whether {@code key} is a thread's (a step, wake-up, timeout or start) rather than a process's timer. */
    boolean isThreadKey(int key) {
        return key < threads;
    }

    /** Whether {@code key} has a pending entry. */
    boolean pending(int key) {
        return pos[key] >= 0;
    }

    /** The kind of the pending entry of {@code key}. */
    EntryKind kindOf(int key) {
        return EntryKind.of(kinds[key]);
    }

    /** Removes the pending entry of {@code key} into {@code top*} (any timing: the one the explorer chose). */
    void popKey(int key) {
        int slot = pos[key];
        topTime = times[slot];
        topKind = EntryKind.of(kinds[key]);
        topToken = tokens[key];
        topIndex = indexOf(key);
        remove(key);
    }

    /** Puts {@code key} at slot {@code i} with (time, order) and restores the heap order up or down. */
    private void place(int i, int key, long time, long order) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(time, order, times[parent], orders[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && less(times[right], orders[right], times[child], orders[child])) {
                child = right;
            }
            if (!less(times[child], orders[child], time, order)) {
                break;
            }
            move(child, i);
            i = child;
        }
        times[i] = time;
        orders[i] = order;
        keys[i] = key;
        pos[key] = i;
    }

    private static boolean less(long t1, long o1, long t2, long o2) {
        return t1 < t2 || (t1 == t2 && o1 < o2);
    }

    private void move(int from, int to) {
        times[to] = times[from];
        orders[to] = orders[from];
        keys[to] = keys[from];
        pos[keys[to]] = to;
    }

    /** Whether a pending entry is still current (its token matches its thread's or process's). */
    interface Freshness {
        boolean fresh(EntryKind kind, int index, int token);
    }

    /**
     * Exploring: the pending entries in the order they would pop, each as key, kind, time relative to {@code now}
     * and freshness; the raw tokens and push counters are not part of the state. {@code untimed} (any timing): as a
     * set in key order, without times, since when they are due orders nothing.
     */
    void digest(dev.threadlab.engine.primitives.Digest d, long now, Freshness freshness, boolean untimed) {
        d.add(size);
        if (untimed) {
            for (int key = 0; key < pos.length; key++) {
                if (pos[key] >= 0) {
                    d.add(key).add(kinds[key]).add(freshness.fresh(EntryKind.of(kinds[key]), indexOf(key), tokens[key]));
                }
            }
            return;
        }
        int[] slots = new int[size];
        for (int i = 0; i < size; i++) {
            int j = i;
            while (j > 0 && less(times[i], orders[i], times[slots[j - 1]], orders[slots[j - 1]])) {
                slots[j] = slots[j - 1];
                j--;
            }
            slots[j] = i;
        }
        for (int slot : slots) {
            int key = keys[slot];
            d.add(key).add(kinds[key]).add(times[slot] - now)
                    .add(freshness.fresh(EntryKind.of(kinds[key]), indexOf(key), tokens[key]));
        }
    }

    /** The thread or process a key belongs to. */
    private int indexOf(int key) {
        return switch (EntryKind.of(kinds[key])) {
            case DROP -> key - threads;
            case PROCESS_EXIT -> key - threads - processes;
            case STEP, WAKE, TIMEOUT, START_READY -> key;
        };
    }
}
