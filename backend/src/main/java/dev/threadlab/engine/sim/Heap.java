package dev.threadlab.engine.sim;

import java.util.Arrays;

/**
 * The future-event list: a binary min-heap on (time, insertion order) over parallel primitive arrays, so equal times
 * pop in the order they were pushed (determinism) and nothing is boxed. An entry is a kind, an index (thread or
 * process) and a token; entries whose token no longer matches are stale and skipped by the caller.
 */
final class Heap {

    static final int STEP = 0;
    static final int WAKE = 1;
    static final int TIMEOUT = 2;
    static final int START_READY = 3;
    static final int DROP = 4;
    static final int PROCESS_EXIT = 5;
    static final int CORE_SLICE = 6;

    private long[] times = new long[64];
    private long[] orders = new long[64];
    private int[] payloads = new int[64];
    private int[] tokens = new int[64];
    private int size;
    private long pushed;

    long topTime;
    int topKind;
    int topIndex;
    int topToken;

    boolean isEmpty() {
        return size == 0;
    }

    void push(long time, int kind, int index, int token) {
        if (size == times.length) {
            grow();
        }
        int i = size++;
        long order = pushed++;
        int payload = index << 3 | kind;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(time, order, times[parent], orders[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        set(i, time, order, payload, token);
    }

    /** Removes the earliest entry into {@code top*}. */
    void pop() {
        topTime = times[0];
        topKind = payloads[0] & 7;
        topIndex = payloads[0] >>> 3;
        topToken = tokens[0];
        size--;
        if (size > 0) {
            siftDown(times[size], orders[size], payloads[size], tokens[size]);
        }
    }

    private void siftDown(long time, long order, int payload, int token) {
        int i = 0;
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
        set(i, time, order, payload, token);
    }

    private static boolean less(long t1, long o1, long t2, long o2) {
        return t1 < t2 || (t1 == t2 && o1 < o2);
    }

    private void move(int from, int to) {
        set(to, times[from], orders[from], payloads[from], tokens[from]);
    }

    private void set(int i, long time, long order, int payload, int token) {
        times[i] = time;
        orders[i] = order;
        payloads[i] = payload;
        tokens[i] = token;
    }

    private void grow() {
        int n = times.length * 2;
        times = Arrays.copyOf(times, n);
        orders = Arrays.copyOf(orders, n);
        payloads = Arrays.copyOf(payloads, n);
        tokens = Arrays.copyOf(tokens, n);
    }
}
