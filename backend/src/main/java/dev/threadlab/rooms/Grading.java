package dev.threadlab.rooms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Grades submissions off the WebSocket threads, on a small bounded pool: when the queue is full a submission is
 * answered at once with an {@code error} verdict asking to submit again, rather than piling up work.
 */
final class Grading implements AutoCloseable {

    private static final int QUEUE = 500;
    private static final Logger LOG = LoggerFactory.getLogger(Grading.class);

    private final Grader grader;
    private final ThreadPoolExecutor pool;
    private final AtomicLong refused = new AtomicLong();

    Grading(Grader grader, int threads) {
        this.grader = grader;
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                Thread.ofPlatform().daemon().name("room-grader-", 0).factory());
        pool.allowCoreThreadTimeOut(true);
    }

    void grade(JsonNode scenario, Goal goal, Consumer<Verdict> done) {
        try {
            pool.execute(() -> done.accept(gradeSafely(scenario, goal)));
        } catch (RejectedExecutionException e) {
            refused.incrementAndGet();
            LOG.warn("A submission was refused: the grading queue holds {} already", QUEUE);
            done.accept(Verdict.error("The grader is busy; submit again in a moment."));
        }
    }

    /** Submissions waiting for a grader. */
    int queued() {
        return pool.getQueue().size();
    }

    /** Submissions being graded now. */
    int active() {
        return pool.getActiveCount();
    }

    /** Submissions graded since the start. */
    long graded() {
        return pool.getCompletedTaskCount();
    }

    /** Submissions refused because the queue was full, since the start. */
    long refused() {
        return refused.get();
    }

    private Verdict gradeSafely(JsonNode scenario, Goal goal) {
        try {
            return grader.grade(scenario, goal);
        } catch (RuntimeException e) {
            LOG.error("Grading a submission failed", e);
            return Verdict.error("Grading failed unexpectedly; the failure has been logged.");
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
