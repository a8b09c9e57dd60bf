package dev.threadlab.explorations;

import dev.threadlab.api.ProblemException;
import dev.threadlab.api.RandomIds;
import dev.threadlab.engine.explore.ExploreMonitor;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Long explorations, each on its own virtual thread: started with an id, watched (progress, then the result) and
 * cancelled. At most {@code maxRunning} run at once (others are refused with 429); the last {@link #KEPT} finished
 * ones are kept for {@code GET}.
 */
public final class ExplorationJobs {

    static final int KEPT = 64;

    /** What a watcher is told: progress reports, then exactly one end (the job's final snapshot). */
    public interface Watcher {
        void progress(ExploreMonitor.Progress p);

        void ended(Job job);
    }

    /** Where a job is: {@code running}, then {@code done}, {@code cancelled} (partial result) or {@code failed}. */
    public enum State {
        RUNNING, DONE, CANCELLED, FAILED;

        /** The name in {@code GET /api/explorations/{id}}'s {@code state}. */
        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Whether the job has ended: its result (or failure) is final and its watchers have been told. */
        public boolean ended() {
            return switch (this) {
                case RUNNING -> false;
                case DONE, CANCELLED, FAILED -> true;
            };
        }
    }

    /** One exploration, in a {@link State}. */
    public static final class Job implements ExploreMonitor {

        private final String id;
        private final List<Watcher> watchers = new CopyOnWriteArrayList<>();
        private volatile boolean cancel;
        private volatile ExploreMonitor.Progress progress = new ExploreMonitor.Progress(0, 0, 0, 0);
        private volatile ExplorationJson result;
        private volatile String failure;

        Job(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public State state() {
            if (result == null && failure == null) {
                return State.RUNNING;
            }
            return failure != null ? State.FAILED : cancel ? State.CANCELLED : State.DONE;
        }

        public ExploreMonitor.Progress lastProgress() {
            return progress;
        }

        public ExplorationJson result() {
            return result;
        }

        public String failure() {
            return failure;
        }

        public void cancel() {
            cancel = true;
        }

        @Override
        public void progress(Progress p) {
            progress = p;
            watchers.forEach(w -> w.progress(p));
        }

        @Override
        public boolean cancelled() {
            return cancel;
        }

        /** Adds a watcher; if the job already ended, it is told at once. */
        public void watch(Watcher w) {
            watchers.add(w);
            if (state().ended() && watchers.remove(w)) {
                w.ended(this);
            }
        }

        public void unwatch(Watcher w) {
            watchers.remove(w);
        }

        private void end() {
            for (Watcher w : watchers) {
                if (watchers.remove(w)) {
                    w.ended(this);
                }
            }
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExplorationJobs.class);
    private final RandomIds ids = new RandomIds();
    private final int maxRunning;
    private final AtomicInteger running = new AtomicInteger();
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    public ExplorationJobs(int maxRunning) {
        this.maxRunning = maxRunning;
    }

    /** Explorations computing now. */
    public int running() {
        return running.get();
    }

    public Job start(ExplorationRequest request) {
        if (running.incrementAndGet() > maxRunning) {
            running.decrementAndGet();
            LOG.info("An exploration was refused: {} are running", maxRunning);
            throw new ProblemException(429, "Too Many Requests",
                    maxRunning + " explorations are already running; try again when one ends or cancel one.");
        }
        Job job = new Job(ids.next());
        synchronized (jobs) {
            jobs.put(job.id(), job);
            // Forget the oldest finished jobs beyond KEPT; a running one stays findable and cancellable.
            Iterator<Job> oldestFirst = jobs.values().iterator();
            while (jobs.size() > KEPT + maxRunning && oldestFirst.hasNext()) {
                if (oldestFirst.next().state().ended()) {
                    oldestFirst.remove();
                }
            }
        }
        Thread.ofVirtual().name("exploration-" + job.id()).start(() -> run(job, request));
        return job;
    }

    private void run(Job job, ExplorationRequest request) {
        try {
            job.result = request.explore(job);
        } catch (ProblemException e) {
            LOG.info("Exploration {} refused: {}", job.id(), e.getMessage());
            job.failure = e.getMessage();
        } catch (RuntimeException e) {
            LOG.error("Exploration {} failed", job.id(), e);
            job.failure = "The exploration failed unexpectedly; the failure has been logged.";
        } finally {
            running.decrementAndGet();
            job.end();
        }
    }

    public Job find(String id) {
        synchronized (jobs) {
            Job job = jobs.get(id);
            if (job == null) {
                throw ProblemException.notFound("No exploration " + id + " (unknown, or forgotten: the last "
                        + KEPT + " finished ones are kept).");
            }
            return job;
        }
    }
}
