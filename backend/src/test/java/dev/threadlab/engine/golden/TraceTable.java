package dev.threadlab.engine.golden;

import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.RunResult;
import dev.threadlab.engine.Simulator;
import dev.threadlab.engine.event.Event;
import dev.threadlab.engine.model.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a run as a text table in the Lincheck style: one column per thread, one row per event, by time. */
final class TraceTable {

    private static final int WIDTH = 24;

    private TraceTable() {
    }

    static String render(Scenario scenario) {
        List<Event> events = new ArrayList<>();
        RunResult r = Simulator.run(scenario, RunOptions.defaults().withSink(events::add));
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (Event e : events) {
            if (e instanceof Event.ThreadStateChanged s) {
                columns.putIfAbsent(s.thread(), columns.size());
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(pad("t (µs)", 10));
        columns.keySet().forEach(c -> out.append(" | ").append(pad(c, WIDTH)));
        out.append('\n').append("-".repeat(10 + columns.size() * (WIDTH + 3))).append('\n');
        for (Event e : events) {
            row(out, e, columns);
        }
        out.append("outcome: ").append(r.summary().outcome().json())
                .append(", elapsed ").append(r.summary().elapsedMs()).append(" ms")
                .append(", variables ").append(r.summary().variables())
                .append(", lost ").append(r.summary().lostUpdates()).append('\n');
        r.summary().errors().forEach(x -> out.append("error: ").append(x).append('\n'));
        if (r.summary().deadlock() != null) {
            out.append("deadlock: ").append(r.summary().deadlock()).append('\n');
        }
        return out.toString();
    }

    private static void row(StringBuilder out, Event e, Map<String, Integer> columns) {
        String thread = threadOf(e);
        String text = describe(e);
        if (thread == null || text == null || !columns.containsKey(thread)) {
            return;
        }
        out.append(pad(Long.toString(e.t()), 10));
        for (int c = 0; c < columns.size(); c++) {
            out.append(" | ").append(pad(c == columns.get(thread) ? text : "", WIDTH));
        }
        out.append('\n');
    }

    private static String threadOf(Event e) {
        return switch (e) {
            case Event.ThreadStateChanged x -> x.thread();
            case Event.StepEntered x -> x.thread();
            case Event.GilTaken x -> x.thread();
            case Event.GilDropped x -> x.thread();
            case Event.GilDropRequested x -> x.requester();
            case Event.LockAcquired x -> x.owner();
            case Event.LockReleased x -> x.thread();
            case Event.SemaphoreChanged x -> x.thread();
            case Event.EventFlagChanged x -> x.thread();
            case Event.QueueChanged x -> x.thread();
            case Event.VariableRead x -> x.thread();
            case Event.VariableWritten x -> x.thread();
            case Event.Printed x -> x.thread();
            case Event.TimerCancelled x -> x.thread();
            case Event.ErrorRaised x -> x.thread();
            case Event.ProcessChanged x -> null;
            case Event.DeadlockDetected x -> null;
            case Event.RunEnded x -> null;
        };
    }

    private static String describe(Event e) {
        return switch (e) {
            case Event.ThreadStateChanged x -> x.state().json() + (x.on() == null ? "" : " " + x.on());
            case Event.StepEntered x -> null;
            case Event.GilTaken x -> "+GIL";
            case Event.GilDropped x -> "-GIL";
            case Event.GilDropRequested x -> "asks " + x.holder() + " for GIL";
            case Event.LockAcquired x -> "acquired " + x.object() + (x.count() > 1 ? " x" + x.count() : "");
            case Event.LockReleased x -> "released " + x.object() + (x.count() > 0 ? " (" + x.count() + " left)" : "");
            case Event.SemaphoreChanged x -> x.object() + " = " + x.value();
            case Event.EventFlagChanged x -> (x.set() ? "set " : "clear ") + x.object();
            case Event.QueueChanged x -> x.action().json() + " " + x.object() + (x.item() == null ? "" : " " + x.item())
                    + " " + x.head();
            case Event.VariableRead x -> "read " + x.object() + "=" + x.value();
            case Event.VariableWritten x -> "write " + x.object() + "=" + x.value() + (x.lost() ? " LOST" : "");
            case Event.Printed x -> "print \"" + x.text() + "\"";
            case Event.TimerCancelled x -> "cancel " + x.timer();
            case Event.ErrorRaised x -> x.type() + ": " + x.message();
            case Event.ProcessChanged x -> null;
            case Event.DeadlockDetected x -> null;
            case Event.RunEnded x -> null;
        };
    }

    private static String pad(String s, int n) {
        return s.length() >= n ? s.substring(0, n) : s + " ".repeat(n - s.length());
    }
}
