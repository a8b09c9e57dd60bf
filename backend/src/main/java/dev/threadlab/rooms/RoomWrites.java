package dev.threadlab.rooms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Writes behind the hubs, in order, on one thread, so no database round trip ever delays a broadcast. Saves of a
 * room's state are coalesced: the latest state is written {@value #STATE_DELAY_MS} ms after the first change, so a
 * teacher scrubbing through a timeline causes a few writes a second, not one per seek (a crash loses at most that
 * much playback). {@link #close()} drains everything, delayed saves included, so a clean stop loses nothing.
 */
final class RoomWrites implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RoomWrites.class);

    static final long STATE_DELAY_MS = 250;

    private final RoomStore store;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("room-writer").factory());
    private final ConcurrentHashMap<JoinCode, RoomSnapshot> pendingStates = new ConcurrentHashMap<>();

    RoomWrites(RoomStore store) {
        this.store = store;
    }

    void saveState(RoomSnapshot snapshot) {
        if (pendingStates.put(snapshot.code(), snapshot) == null) {
            writer.schedule(() -> guarded("save room state", () -> {
                RoomSnapshot latest = pendingStates.remove(snapshot.code());
                if (latest != null) {
                    store.saveState(latest);
                }
            }), STATE_DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    void addMember(JoinCode code, KnownMember member) {
        run("add member", () -> store.addMember(code, member));
    }

    void addSubmission(JoinCode code, Submission submission) {
        run("add submission", () -> store.addSubmission(code, submission));
    }

    void gradeSubmission(String submissionId, Verdict verdict) {
        run("store verdict", () -> store.grade(submissionId, verdict));
    }

    void deleteRoom(JoinCode code) {
        run("delete room", () -> {
            pendingStates.remove(code);
            store.delete(code);
        });
    }

    private void run(String what, Runnable write) {
        writer.execute(() -> guarded(what, write));
    }

    private static void guarded(String what, Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            LOG.error("Could not {}", what, e);
        }
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Room writes still pending after 10 s at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
