package dev.threadlab.rooms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
            LOG.warn("A submission was refused: the grading queue holds {} already", QUEUE);
            done.accept(Verdict.error("The grader is busy; submit again in a moment."));
        }
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
