package dev.threadlab.engine.sim;

import dev.threadlab.engine.Outcome;
import dev.threadlab.engine.RunResult;
import dev.threadlab.engine.RunSummary;
import dev.threadlab.engine.ThreadSummary;
import dev.threadlab.engine.event.Event.DeadlockDetected;
import dev.threadlab.engine.event.Event.RunEnded;
import dev.threadlab.engine.event.Event.WaitFor;
import dev.threadlab.engine.event.ThreadState;
import dev.threadlab.engine.model.ObjectType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ends a run: decides the outcome, finds the deadlock cycle, emits the last events and builds the summary. */
final class Summaries {

    private Summaries() {
    }

    static RunResult build(Machine m) {
        Outcome outcome;
        List<WaitFor> deadlock = null;
        if (m.limitReached) {
            outcome = Outcome.LIMIT;
        } else if (m.processes[0].ended) {
            outcome = m.errors.isEmpty() ? Outcome.COMPLETED : Outcome.ERROR;
        } else {
            outcome = Outcome.DEADLOCK;
            deadlock = WaitForGraph.find(m);
            m.emit(new DeadlockDetected(m.nextSeq(), m.nowUs(), deadlock));
        }
        for (SimThread t : m.threads) {
            t.timeIn[t.state.ordinal()] += m.now - t.since;
            t.since = m.now;
        }
        m.emit(new RunEnded(m.nextSeq(), m.nowUs(), outcome.json()));
        RunSummary summary = new RunSummary(outcome, m.now / 1e6, m.seq, variables(m), threads(m),
                m.errors, deadlock, lostUpdates(m), m.chooser.schedule());
        return new RunResult(summary, m.stdout, m.chooser.candidates());
    }

    private static Map<String, Long> variables(Machine m) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (SimProcess p : m.processes) {
            for (int o = 0; p.started && o < m.scenario.objects().size(); o++) {
                if (m.scenario.objects().get(o).type() == ObjectType.INT) {
                    out.put(m.objectNames[p.index][o], p.ints[o]);
                }
            }
        }
        return out;
    }

    private static Map<String, Long> lostUpdates(Machine m) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (SimProcess p : m.processes) {
            for (int o = 0; o < m.scenario.objects().size(); o++) {
                if (p.lost[o] > 0) {
                    out.put(m.objectNames[p.index][o], p.lost[o]);
                }
            }
        }
        return out;
    }

    private static List<ThreadSummary> threads(Machine m) {
        List<ThreadSummary> out = new ArrayList<>();
        for (SimThread t : m.threads) {
            double running = ms(t, ThreadState.RUNNING);
            out.add(new ThreadSummary(t.id, m.processes[t.process].id, t.state, running,
                    ms(t, ThreadState.WAITING_GIL), ms(t, ThreadState.BLOCKED) + ms(t, ThreadState.WAITING),
                    ms(t, ThreadState.IO), ms(t, ThreadState.SLEEPING), ms(t, ThreadState.READY), running));
        }
        return out;
    }

    private static double ms(SimThread t, ThreadState s) {
        return t.timeIn[s.ordinal()] / 1e6;
    }
}
