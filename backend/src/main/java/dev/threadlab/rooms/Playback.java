package dev.threadlab.rooms;

/**
 * What every student's timeline shows, as of {@code updatedAt}: clients extrapolate the position while
 * {@code playing} ({@code positionUs + (now - updatedAt) · 1000 · speed}, with {@code now} corrected by the
 * {@code serverTime} each message carries). Each transition returns the next state.
 *
 * @param runId      the run being shown, or null before the teacher runs anything
 * @param positionUs virtual time in microseconds at {@code updatedAt}
 * @param seq        the event the teacher stepped or seeked to, or null; only while paused, and then it is
 *                   authoritative (the client resolves it to that event's instant); playing clears it
 * @param playing    whether virtual time advances
 * @param speed      virtual microseconds per real microsecond, 1e-6 … 1e6
 * @param mode       follow: students' timelines snap to this; free: students may scrub and edit
 * @param updatedAt  server time of this state, epoch milliseconds
 */
public record Playback(String runId, long positionUs, Long seq, boolean playing, double speed, PlaybackMode mode,
                       long updatedAt) {

    public static final double MIN_SPEED = 1e-6;
    public static final double MAX_SPEED = 1e6;

    public Playback {
        if (mode == null) {
            throw new IllegalArgumentException("mode must be \"follow\" or \"free\", got null");
        }
        if (!(speed >= MIN_SPEED && speed <= MAX_SPEED)) {
            throw new IllegalArgumentException("speed must be between 1e-6 and 1e6, got " + speed);
        }
        positionUs = Math.max(0, positionUs);
    }

    public static Playback initial(long now) {
        return new Playback(null, 0, null, false, 1.0, PlaybackMode.FOLLOW, now);
    }

    /** The virtual time shown at server time {@code now}. */
    public long positionAt(long now) {
        if (!playing) {
            return positionUs;
        }
        double advanced = Math.max(0, now - updatedAt) * 1000.0 * speed;
        return positionUs + (long) Math.min(advanced, Long.MAX_VALUE / 2.0);
    }

    public Playback load(String newRunId, long now) {
        return new Playback(newRunId, 0, null, false, speed, mode, now);
    }

    public Playback play(long now) {
        return new Playback(runId, positionAt(now), null, true, speed, mode, now);
    }

    public Playback pause(long now) {
        return new Playback(runId, positionAt(now), playing ? null : seq, false, speed, mode, now);
    }

    public Playback seek(long toUs, Long toSeq, long now) {
        return new Playback(runId, toUs, toSeq, playing, speed, mode, now);
    }

    /**
     * Pauses and moves {@code delta} events (negative: back) from {@code fromSeq} (the event the teacher's timeline
     * shows), else from the last event stepped or seeked to; clients resolve the event's instant.
     */
    public Playback step(int delta, Long fromSeq, long now) {
        long from = fromSeq != null ? fromSeq : seq != null ? seq : 0;
        return new Playback(runId, positionAt(now), Math.max(0, from + delta), false, speed, mode, now);
    }

    public Playback withSpeed(double newSpeed, long now) {
        return new Playback(runId, positionAt(now), playing ? null : seq, playing, newSpeed, mode, now);
    }

    public Playback withMode(PlaybackMode newMode, long now) {
        return new Playback(runId, positionAt(now), playing ? null : seq, playing, speed, newMode, now);
    }
}
