package dev.threadlab.rooms;

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
            done.accept(Verdict.error("The grader is busy; submit again in a moment."));
        }
    }

    private Verdict gradeSafely(JsonNode scenario, Goal goal) {
        try {
            return grader.grade(scenario, goal);
        } catch (RuntimeException e) {
            return Verdict.error("Grading failed unexpectedly: " + e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
