package dev.threadlab.engine.primitives;

import dev.threadlab.engine.event.Event.QueueAction;
import dev.threadlab.engine.event.Event.QueueChanged;
import dev.threadlab.engine.event.ThreadState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code queue.Queue}, {@code LifoQueue}, {@code PriorityQueue} and {@code multiprocessing.Queue} (shared by every
 * process: {@link #forkCopy} returns itself). Items are ints ({@link #NONE} is None). A put with waiting getters hands
 * the item to one of them; a get from a full queue lets one waiting putter in. Non-blocking or timed-out calls raise
 * {@code queue.Full} / {@code queue.Empty} with an empty message; {@code task_done()} once too often raises
 * {@code ValueError: task_done() called too many times}.
 */
public final class QueuePrim implements Prim {

    /** How items leave the queue. */
    public enum Order { FIFO, LIFO, PRIORITY }

    /** Python's None as an item. */
    public static final long NONE = Long.MIN_VALUE;
    /** Returned by {@link #get} when the caller blocked. */
    public static final long PENDING = Long.MIN_VALUE + 1;

    private final String name;
    private final Order order;
    private final int maxsize;
    private final boolean shared;
    private final Items items = new Items();
    private final Waiters getters = new Waiters();
    private final Waiters putters = new Waiters();
    private final Waiters joiners = new Waiters();
    private final Map<Integer, Long> pendingPuts = new HashMap<>();
    private int unfinished;

    /** {@code qsize()}. */
    public int size() {
        return items.size();
    }

    /** {@code full()}: a bounded queue holding maxsize items. */
    public boolean full() {
        return maxsize > 0 && items.size() >= maxsize;
    }

    public QueuePrim(String name, Order order, int maxsize, boolean shared) {
        this.name = name;
        this.order = order;
        this.maxsize = maxsize;
        this.shared = shared;
    }

    @Override
    public String name() {
        return name;
    }

    /** {@code put(item, block, timeout)}: true if done, false if the caller is now blocked. */
    public boolean put(Kernel k, int thread, long item, boolean block, long timeoutNs) {
        if (maxsize > 0 && items.size() >= maxsize) {
            if (!block || timeoutNs == 0) {
                throw new PyError("queue.Full", "");
            }
            putters.add(thread);
            pendingPuts.put(thread, item);
            k.block(thread, ThreadState.BLOCKED, this, timeoutNs);
            return false;
        }
        append(k, thread, item);
        return true;
    }

    /** {@code get(block, timeout)}: the item, or {@link #PENDING} if the caller is now blocked. */
    public long get(Kernel k, int thread, boolean block, long timeoutNs) {
        if (items.size() == 0) {
            if (!block || timeoutNs == 0) {
                throw new PyError("queue.Empty", "");
            }
            getters.add(thread);
            k.block(thread, ThreadState.BLOCKED, this, timeoutNs);
            return PENDING;
        }
        long item = take(k, thread);
        admitPutter(k);
        return item;
    }

    public void taskDone(Kernel k, int thread) {
        if (unfinished <= 0) {
            throw PyError.value("task_done() called too many times");
        }
        unfinished--;
        changed(k, thread, QueueAction.TASK_DONE, NONE);
        if (unfinished == 0) {
            for (int i = 0; i < joiners.size(); i++) {
                k.wake(joiners.get(i), true, 0);
            }
            joiners.clear();
        }
    }

    /** {@code join()}: true if nothing is unfinished, else the caller is now blocked. */
    public boolean join(Kernel k, int thread) {
        if (unfinished == 0) {
            return true;
        }
        joiners.add(thread);
        k.block(thread, ThreadState.BLOCKED, this, -1);
        return false;
    }

    private void append(Kernel k, int thread, long item) {
        items.add(item);
        unfinished++;
        changed(k, thread, QueueAction.PUT, item);
        if (!getters.isEmpty()) {
            int g = getters.leave(k);
            k.wake(g, true, take(k, g));
        }
    }

    private long take(Kernel k, int thread) {
        long item = items.remove(order);
        changed(k, thread, QueueAction.GET, item);
        return item;
    }

    private void admitPutter(Kernel k) {
        if (putters.isEmpty()) {
            return;
        }
        int p = putters.leave(k);
        append(k, p, pendingPuts.remove(p));
        k.wake(p, true, 0);
    }

    private void changed(Kernel k, int thread, QueueAction action, long item) {
        k.emit(new QueueChanged(k.nextSeq(), k.nowUs(), name, k.threadName(thread), action,
                action == QueueAction.TASK_DONE ? null : show(item), items.size(), unfinished, head()));
    }

    private List<String> head() {
        int n = Math.min(items.size(), QueueAction.HEAD);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(show(items.peek(order, i)));
        }
        return List.copyOf(out);
    }

    /** How an item is shown: its value, or None. */
    public static String show(long item) {
        return item == NONE ? "None" : Long.toString(item);
    }

    @Override
    public void timeout(Kernel k, int thread) {
        getters.remove(thread);
        if (putters.remove(thread)) {
            pendingPuts.remove(thread);
        }
        k.wake(thread, false, 0);
    }

    @Override
    public Prim forkCopy(String newName) {
        if (shared) {
            return this;
        }
        QueuePrim copy = new QueuePrim(newName, order, maxsize, false);
        copy.items.addAll(items);
        copy.unfinished = unfinished;
        return copy;
    }

    @Override
    public Prim copy(Copies copies) {
        QueuePrim copy = new QueuePrim(name, order, maxsize, shared);
        copy.items.addAll(items);
        copy.getters.setTo(getters);
        copy.putters.setTo(putters);
        copy.joiners.setTo(joiners);
        copy.pendingPuts.putAll(pendingPuts);
        copy.unfinished = unfinished;
        return copy;
    }

    @Override
    public void digest(Digest d) {
        items.digest(d);
        d.addUnordered(getters).addUnordered(putters).add(joiners).add(pendingPuts).add(unfinished);
    }
}
