package dev.threadlab.rooms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers messages to members on a few "lanes", one thread each (as many as cores): every member belongs to one
 * lane, and a lane runs its tasks in order, so each member receives messages in the order the hub queued them, while
 * a broadcast to a thousand members is written by all lanes in parallel. The hub's lock is held only to queue.
 * A send never blocks: the socket writes are asynchronous.
 */
final class FanOut implements AutoCloseable {

    private final ExecutorService[] lanes;
    private final AtomicInteger next = new AtomicInteger();

    FanOut(int laneCount) {
        lanes = new ExecutorService[laneCount];
        for (int i = 0; i < laneCount; i++) {
            lanes[i] = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("room-fan-out-" + i)
                    .factory());
        }
    }

    /** The lane for a new member: round robin. */
    int assignLane() {
        return Math.floorMod(next.getAndIncrement(), lanes.length);
    }

    void run(int lane, Runnable task) {
        lanes[lane].execute(task);
    }

    /** Sends {@code text} to every member, each lane writing its own members. */
    void broadcast(Collection<Member> members, String text) {
        List<List<Member>> byLane = new ArrayList<>(lanes.length);
        for (int i = 0; i < lanes.length; i++) {
            byLane.add(new ArrayList<>());
        }
        for (Member m : members) {
            if (m.enqueue(text.length())) {
                byLane.get(m.lane()).add(m);
            }
        }
        for (int i = 0; i < lanes.length; i++) {
            List<Member> group = byLane.get(i);
            if (!group.isEmpty()) {
                lanes[i].execute(() -> group.forEach(m -> m.write(text)));
            }
        }
    }

    @Override
    public void close() {
        for (ExecutorService lane : lanes) {
            lane.shutdownNow();
        }
    }
}
