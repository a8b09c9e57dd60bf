package dev.threadlab.reality;

import dev.threadlab.engine.timeline.TimelineView;
import dev.threadlab.json.TimelineJson;
import tools.jackson.databind.annotation.JsonSerialize;

import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/reality}'s answer: one scenario run by the lab and by real CPython, side by side, on the lab's
 * time axis (CPython ran every duration × {@code scale}; its times here are divided by it).
 *
 * @param python        the interpreter's version
 * @param gil           CPython ran with the GIL
 * @param machineCores  the server's CPUs
 * @param scenarioCores the scenario's {@code runtime.cores}
 * @param labCores      the cores both sides had: the scenario's, or the machine's if it has fewer
 * @param differences   every figure of the two runs, each named, with whether they differ
 * @param output        what the program printed in CPython (its report line left out), cut to a few KiB
 * @param problem       why CPython gave no report (timed out, crashed), else null
 * @param scaleNote     what a strong scale does to the comparison, null at scale 1
 */
public record Reality(String python, boolean gil, int machineCores, int scenarioCores, int labCores, double scale,
                      Side lab, Side cpython, List<Difference> differences, String output, String problem,
                      String scaleNote) {

    /**
     * One side's run.
     *
     * @param outcome   completed, deadlock, error or (CPython only) timeout
     * @param speedup   the run's serial time (every thread's running, I/O and sleeping time, as the lab counts
     *                  them) over its elapsed time; null if it did not complete
     * @param errors    "thread: Type: message"
     * @param deadlock  "thread waits for object"
     * @param timeline  per thread its states over time, and who held each GIL, in the form of
     *                  {@code GET /api/runs/{id}/timeline} ({@link TimelineJson}); null if CPython gave no report
     */
    public record Side(String outcome, double elapsedMs, Double speedup, Map<String, Long> variables,
                       Map<String, Long> lostUpdates, List<String> errors, List<String> deadlock,
                       @JsonSerialize(using = TimelineJson.Serializer.class) TimelineView timeline) {
    }

    /** A figure of both runs ("elapsed": "4.00 s" / "3.91 s"), and whether they differ beyond measuring noise. */
    public record Difference(String what, String lab, String cpython, boolean differs) {
    }
}
