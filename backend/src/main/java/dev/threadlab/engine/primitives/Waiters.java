package dev.threadlab.engine.primitives;

import java.util.Arrays;

/** Thread indices in arrival order (a small FIFO with removal from anywhere); no boxing. */
public final class Waiters {

    private int[] items = new int[4];
    private int size;

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The i-th in arrival order. */
    public int get(int i) {
        return items[i];
    }

    public void add(int thread) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = thread;
    }

    /** Removes {@code thread} if present; returns whether it was. */
    public boolean remove(int thread) {
        for (int i = 0; i < size; i++) {
            if (items[i] == thread) {
                System.arraycopy(items, i + 1, items, i, size - i - 1);
                size--;
                return true;
            }
        }
        return false;
    }

    public boolean contains(int thread) {
        for (int i = 0; i < size; i++) {
            if (items[i] == thread) {
                return true;
            }
        }
        return false;
    }

    public void clear() {
        size = 0;
    }

    /** Makes this hold exactly what {@code other} holds. */
    public void setTo(Waiters other) {
        if (items.length < other.size) {
            items = new int[other.size];
        }
        System.arraycopy(other.items, 0, items, 0, other.size);
        size = other.size;
    }

    /** The waiter the kernel chooses to leave now (a choice when several wait), removed. */
    int leave(Kernel k) {
        int thread = k.choose(this);
        remove(thread);
        return thread;
    }

    /** {@code thread}'s timeout ended while it waited here: it leaves, and its call returns False. */
    void timeOut(Kernel k, int thread) {
        remove(thread);
        k.wake(thread, false, 0);
    }
}
