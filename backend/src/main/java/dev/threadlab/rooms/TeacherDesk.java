package dev.threadlab.rooms;

import dev.threadlab.rooms.RoomCommand.End;
import dev.threadlab.rooms.RoomCommand.LoadScenario;
import dev.threadlab.rooms.RoomCommand.Lock;
import dev.threadlab.rooms.RoomCommand.OpenSubmission;
import dev.threadlab.rooms.RoomCommand.Pause;
import dev.threadlab.rooms.RoomCommand.Play;
import dev.threadlab.rooms.RoomCommand.PoseChallenge;
import dev.threadlab.rooms.RoomCommand.Revoke;
import dev.threadlab.rooms.RoomCommand.Run;
import dev.threadlab.rooms.RoomCommand.Seek;
import dev.threadlab.rooms.RoomCommand.SetMode;
import dev.threadlab.rooms.RoomCommand.SetSpeed;
import dev.threadlab.rooms.RoomCommand.Step;
import dev.threadlab.rooms.RoomCommand.TeacherCommand;
import dev.threadlab.rooms.RoomCommand.Unlock;

import tools.jackson.databind.JsonNode;

/**
 * Carries out the teacher's commands on a {@link RoomHub}; always called under the hub's lock.
 *
 * <p>Scenarios are run off the lock, one at a time per room: a request made while a run is in flight waits (only the
 * latest waiting one is kept), and a result is shown only if nothing replaced what the room shows since it was asked
 * for (a later {@code Run}, {@code LoadScenario} or {@code OpenSubmission}). So the last request wins, whatever order
 * the runs would finish in, and a teacher cannot make one room run many scenarios at once.
 */
final class TeacherDesk {

    private final RoomHub hub;
    /** Counts the changes of what the room shows; a run started at an older generation is stale. */
    private long generation;
    private RunRequest waiting;
    private boolean running;

    /** A scenario to run and show with {@code source}; {@code teacher} hears if it cannot run. */
    private record RunRequest(Member teacher, JsonNode scenario, String source, long generation) {
    }

    TeacherDesk(RoomHub hub) {
        this.hub = hub;
    }

    void carryOut(Member teacher, TeacherCommand command) {
        long now = hub.now();
        switch (command) {
            case LoadScenario c -> {
                replaced();
                hub.state().scenario(c.scenario(), "teacher", p -> p.load(null, now));
            }
            case Run c when c.runId() != null -> {
                replaced();
                hub.state().playback(p -> p.load(c.runId(), now));
            }
            case Run c -> request(teacher, c.scenario(), "teacher");
            case Play _ -> hub.state().playback(p -> p.play(now));
            case Pause _ -> hub.state().playback(p -> p.pause(now));
            case Seek c -> hub.state().playback(p -> p.seek(c.positionUs(), c.seq(), now));
            case SetSpeed c -> hub.state().playback(p -> p.withSpeed(c.speed(), now));
            case Step c -> hub.state().playback(p -> p.step(c.delta(), c.fromSeq(), now));
            case SetMode c -> hub.state().playback(p -> p.withMode(c.mode(), now));
            case PoseChallenge c -> hub.state().challenge(
                    new Challenge(hub.services().secrets().newToken().substring(0, 8), c.scenario(), c.goal(), now));
            case OpenSubmission c -> open(teacher, c.submissionId());
            case Lock _ -> hub.state().status(RoomStatus.LOCKED, new RoomEvent.RoomLocked());
            case Unlock _ -> hub.state().status(RoomStatus.OPEN, new RoomEvent.RoomUnlocked());
            case End _ -> hub.state().status(RoomStatus.ENDED, new RoomEvent.RoomEnded());
            case Revoke _ -> hub.revoke();
        }
    }

    /** A submission is shown like any run: the server runs it, then everyone gets it with its run. */
    private void open(Member teacher, String submissionId) {
        Submission submission = hub.latestSubmission(submissionId);
        if (submission == null) {
            hub.error(teacher, "not-found", "No current submission has id " + submissionId + ".");
            return;
        }
        request(teacher, submission.scenario(), SubmissionSource.of(submission).text());
    }

    /** What the room shows was replaced: runs asked for before are stale. */
    private void replaced() {
        generation++;
        waiting = null;
    }

    private void request(Member teacher, JsonNode scenario, String source) {
        replaced();
        waiting = new RunRequest(teacher, scenario, source, generation);
        if (!running) {
            startWaiting();
        }
    }

    private void startWaiting() {
        RunRequest request = waiting;
        waiting = null;
        running = request != null;
        if (request == null) {
            return;
        }
        // Simulating may take a while: never under the hub's lock.
        Thread.ofVirtual().name("room-run").start(() -> {
            String runId = null;
            RuntimeException failure = null;
            try {
                runId = hub.services().runs().start(request.scenario());
            } catch (RuntimeException e) {
                failure = e;
            }
            String ran = runId;
            RuntimeException failed = failure;
            hub.underLock(() -> finished(request, ran, failed));
        });
    }

    /** Under the hub's lock: a run has finished (or failed). Shows it unless stale; then starts the next one. */
    private void finished(RunRequest request, String runId, RuntimeException failure) {
        if (request.generation() == generation && hub.isLive()) {
            if (failure == null) {
                long now = hub.now();
                hub.state().scenario(request.scenario(), request.source(), p -> p.load(runId, now));
            } else {
                hub.error(request.teacher(), "run-failed", "The scenario could not run: " + failure.getMessage());
            }
        }
        startWaiting();
    }
}
