package dev.threadlab.engine.primitives;

import java.util.Arrays;

/** The items of a queue, oldest first, as a growable ring of longs (no boxing). */
final class Items {

    private long[] ring = new long[16];
    private int head;
    private int size;

    int size() {
        return size;
    }

    void add(long item) {
        if (size == ring.length) {
            long[] bigger = new long[ring.length * 2];
            for (int i = 0; i < size; i++) {
                bigger[i] = at(i);
            }
            ring = bigger;
            head = 0;
        }
        ring[(head + size) % ring.length] = item;
        size++;
    }

    void addAll(Items other) {
        for (int i = 0; i < other.size; i++) {
            add(other.at(i));
        }
    }

    long at(int i) {
        return ring[(head + i) % ring.length];
    }

    /** The i-th item in the order items would leave. */
    long peek(QueuePrim.Order order, int i) {
        return switch (order) {
            case FIFO -> at(i);
            case LIFO -> at(size - 1 - i);
            case PRIORITY -> sorted()[i];
        };
    }

    long remove(QueuePrim.Order order) {
        return switch (order) {
            case FIFO -> {
                long item = ring[head];
                head = (head + 1) % ring.length;
                size--;
                yield item;
            }
            case LIFO -> ring[(head + --size) % ring.length];
            case PRIORITY -> removeAt(smallest());
        };
    }

    private int smallest() {
        int best = 0;
        for (int i = 1; i < size; i++) {
            if (at(i) < at(best)) {
                best = i;
            }
        }
        return best;
    }

    private long removeAt(int i) {
        long item = at(i);
        for (int j = i; j < size - 1; j++) {
            ring[(head + j) % ring.length] = at(j + 1);
        }
        size--;
        return item;
    }

    private long[] sorted() {
        long[] all = new long[size];
        for (int i = 0; i < size; i++) {
            all[i] = at(i);
        }
        Arrays.sort(all);
        return all;
    }

    void digest(Digest d) {
        d.add(size);
        for (int i = 0; i < size; i++) {
            d.add(at(i));
        }
    }
}
