package dev.threadlab.engine.timeline;

/**
 * A stretch of a process's GIL lane.
 *
 * @param holder    the thread holding the GIL (the dominant holder when merged), null when free
 * @param merged    several hand-overs shorter than the resolution were merged
 * @param handovers how many times the GIL changed hands in the stretch
 */
public record GilSegment(long fromUs, long toUs, String holder, boolean merged, int handovers) {
}
