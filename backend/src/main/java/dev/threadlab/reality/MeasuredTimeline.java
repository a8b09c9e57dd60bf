package dev.threadlab.reality;

import dev.threadlab.engine.event.Event;
import dev.threadlab.engine.event.ThreadState;
import dev.threadlab.engine.timeline.TimelineRecorder;
import dev.threadlab.engine.timeline.TimelineView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A measured CPython run as the lab's own timeline: the report's stretches become the engine's state-change and GIL
 * events, on the lab's time axis (a real millisecond is 1 / scale lab milliseconds), and the same
 * {@link TimelineRecorder} that serves simulated runs merges them to the resolution asked. So both timelines of the
 * Reality tab have one shape and one drawing.
 */
final class MeasuredTimeline {

    private MeasuredTimeline() {
    }

    /** @param laneOrder the simulated run's lanes, so the measured lanes come in the same order */
    static TimelineRecorder of(ScriptReport report, List<String> laneOrder) {
        double usPerMs = 1000.0 / report.scale();
        List<Event> events = new ArrayList<>();
        Set<String> lanes = new LinkedHashSet<>(laneOrder);
        report.threads().forEach(t -> lanes.add(t.id()));
        Set<String> reported = new LinkedHashSet<>();
        report.threads().forEach(t -> reported.add(t.id()));
        for (String lane : lanes) {
            if (reported.contains(lane)) {
                events.add(new Event.ThreadStateChanged(0, 0, lane, ThreadState.NEW, null));
            }
        }
        for (ScriptReport.ThreadRun t : report.threads()) {
            long at = us(t.startMs(), usPerMs);
            for (ScriptReport.Stretch s : t.states()) {
                long from = us(s.fromMs(), usPerMs);
                if (from > at) {   // between two looks of the watchdog nothing is known: it ran Python code
                    events.add(new Event.ThreadStateChanged(0, at, t.id(), ThreadState.RUNNING, null));
                }
                events.add(new Event.ThreadStateChanged(0, Math.max(at, from), t.id(), s.state(), s.on()));
                at = Math.max(at, us(s.toMs(), usPerMs));
            }
            double endMs = t.endMs() == null ? report.elapsedMs() : t.endMs();
            long end = Math.max(at, us(endMs, usPerMs));
            if (end > at || t.states().isEmpty()) {
                events.add(new Event.ThreadStateChanged(0, at, t.id(), ThreadState.RUNNING, null));
            }
            events.add(new Event.ThreadStateChanged(0, end, t.id(), ThreadState.TERMINATED, null));
        }
        for (Map.Entry<String, List<ScriptReport.Holding>> process : report.gilHolders().entrySet()) {
            List<ScriptReport.Holding> held = process.getValue().stream()
                    .sorted(Comparator.comparingDouble(ScriptReport.Holding::fromMs)).toList();
            for (int i = 0; i < held.size(); i++) {
                ScriptReport.Holding h = held.get(i);
                long from = us(h.fromMs(), usPerMs);
                long to = us(i + 1 < held.size() ? Math.min(h.toMs(), held.get(i + 1).fromMs()) : h.toMs(), usPerMs);
                if (to > from) {
                    events.add(new Event.GilTaken(0, from, process.getKey(), h.thread()));
                    events.add(new Event.GilDropped(0, to, process.getKey(), h.thread()));
                }
            }
        }
        events.sort(Comparator.comparingLong(Event::t));   // stable: a lane's events keep their order
        TimelineRecorder recorder = new TimelineRecorder();
        events.forEach(recorder::accept);
        recorder.accept(new Event.RunEnded(0, us(report.elapsedMs(), usPerMs), report.outcome().json()));
        return recorder;
    }

    /** The whole run at about {@code columns} columns: what the Reality tab draws. */
    static TimelineView view(TimelineRecorder recorder, long endUs, int columns) {
        return recorder.query(0, Math.max(1, endUs), Math.max(1, endUs / columns));
    }

    private static long us(double ms, double usPerMs) {
        return Math.round(ms * usPerMs);
    }
}
