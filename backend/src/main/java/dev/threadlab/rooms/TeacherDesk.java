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

/** Carries out the teacher's commands on a {@link RoomHub}; always called under the hub's lock. */
final class TeacherDesk {

    private final RoomHub hub;

    TeacherDesk(RoomHub hub) {
        this.hub = hub;
    }

    void carryOut(Member teacher, TeacherCommand command) {
        long now = hub.now();
        Playback p = hub.playback();
        switch (command) {
            case LoadScenario c -> hub.scenario(c.scenario(), "teacher", p.load(null, now));
            case Run c -> run(teacher, c, p, now);
            case Play _ -> hub.playback(p.play(now));
            case Pause _ -> hub.playback(p.pause(now));
            case Seek c -> hub.playback(p.seek(c.positionUs(), c.seq(), now));
            case SetSpeed c -> hub.playback(p.withSpeed(c.speed(), now));
            case Step c -> hub.playback(p.step(c.delta(), c.fromSeq(), now));
            case SetMode c -> hub.playback(p.withMode(c.mode(), now));
            case PoseChallenge c -> hub.challenge(new Challenge(hub.services().secrets().newToken().substring(0, 8),
                    c.scenario(), c.goal(), now));
            case OpenSubmission c -> open(teacher, c.submissionId(), p, now);
            case Lock _ -> hub.status(RoomSnapshot.LOCKED, new RoomEvent.RoomLocked());
            case Unlock _ -> hub.status(RoomSnapshot.OPEN, new RoomEvent.RoomUnlocked());
            case End _ -> hub.status(RoomSnapshot.ENDED, new RoomEvent.RoomEnded());
            case Revoke _ -> hub.revoke();
        }
    }

    private void run(Member teacher, Run command, Playback p, long now) {
        if (command.runId() != null) {
            hub.playback(p.load(command.runId(), now));
            return;
        }
        // Simulating may take a while: never under the hub's lock.
        Thread.ofVirtual().name("room-run").start(() -> {
            try {
                String runId = hub.services().runs().start(command.scenario());
                hub.ran(command.scenario(), runId);
            } catch (RuntimeException e) {
                hub.failed(teacher, "run-failed", "The scenario could not run: " + e.getMessage());
            }
        });
    }

    private void open(Member teacher, String submissionId, Playback p, long now) {
        Submission submission = hub.latestSubmission(submissionId);
        if (submission == null) {
            hub.error(teacher, "not-found", "No current submission has id " + submissionId + ".");
            return;
        }
        hub.scenario(submission.scenario(), "submission:" + submission.id() + ":" + submission.name(),
                p.load(null, now));
    }
}
