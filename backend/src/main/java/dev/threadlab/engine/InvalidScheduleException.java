package dev.threadlab.engine;

/**
 * Thrown by a run whose forced schedule names a candidate its choice point does not have: the schedule was made for
 * another scenario, or edited by hand.
 */
public final class InvalidScheduleException extends IllegalArgumentException {

    private final int position;

    public InvalidScheduleException(int position, int index, int candidates) {
        super("schedule[" + position + "] = " + index + " but that choice has only " + candidates + " candidates");
        this.position = position;
    }

    /** The index in the schedule of the choice that does not exist. */
    public int position() {
        return position;
    }
}
