package dev.threadlab.engine.sim;

import dev.threadlab.engine.primitives.Digest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An exploring run as the explorer sees it: the {@link ExplorationProbe} that watches it at each quiescent point after
 * a choice and at each round of a while loop, and may stop it there; the scratch its state vectors are built in; and,
 * when no probe watches (a witness's replay), each preemption taken, for marking the witness on the timeline.
 */
final class ExplorationWatch {

    private ExplorationProbe probe;
    private int probedChoices;
    private boolean stopped;
    /** Exploring: while-loop rounds since the choice count was {@code roundsMark}. */
    private int rounds;
    private int roundsMark;
    /**
     * Scratch for state vectors; an explorer's snapshot shares its original's (an exploration runs one machine at a
     * time), a checkpoint's copy has its own.
     */
    final Digest digest;
    /** Each preemption taken (µs and thread), for marking a witness on the timeline. */
    private long[] markUs;
    private int[] markThread;
    private int marks;

    ExplorationWatch() {
        this.digest = new Digest();
        this.markUs = new long[8];
        this.markThread = new int[8];
    }

    /** A copy of {@code o}, for a snapshot of its machine that builds state vectors in {@code digest}; no probe yet. */
    ExplorationWatch(ExplorationWatch o, Digest digest) {
        this.digest = digest;
        this.markUs = o.markUs.clone();
        this.markThread = o.markThread.clone();
        this.marks = o.marks;
        this.probedChoices = o.probedChoices;
        this.rounds = o.rounds;
        this.roundsMark = o.roundsMark;
    }

    /** From now on {@code p} watches the run ({@code resumed}: it may have stopped it before). */
    void watchedBy(ExplorationProbe p, boolean resumed) {
        this.probe = p;
        if (resumed) {
            this.stopped = false;
        }
    }

    /** Whether the probe stopped the run before its end. */
    boolean stopped() {
        return stopped;
    }

    /** A while loop went round, {@code choices} choices into the run; false if the probe stops the run here. */
    boolean loopRound(int choices) {
        if (probe == null) {
            return true;
        }
        if (choices != roundsMark) {
            roundsMark = choices;
            rounds = 0;
        }
        stopped = !probe.looping(++rounds);
        return !stopped;
    }

    /** At a quiescent point of {@code m}: true if its probe, called after each new choice, stops the run here. */
    boolean stopsAt(Machine m) {
        if (probe == null || m.chooser.size() == probedChoices) {
            return false;
        }
        probedChoices = m.chooser.size();
        stopped = !probe.reached(m);
        return stopped;
    }

    /** Records that {@code thread} was switched out by a preemption choice at {@code us}; true (for conditions). */
    boolean markPreemption(long us, int thread) {
        if (probe != null) {
            return true;   // a search's runs are never drawn; a witness's replay marks its preemptions
        }
        if (marks == markUs.length) {
            markUs = Arrays.copyOf(markUs, marks * 2);
            markThread = Arrays.copyOf(markThread, marks * 2);
        }
        markUs[marks] = us;
        markThread[marks++] = thread;
        return true;
    }

    /** Each preemption marked, as {@code "<µs> <thread>"}, the thread named by {@code threads}. */
    List<String> marks(SimThread[] threads) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < marks; i++) {
            out.add(markUs[i] + " " + threads[markThread[i]].id);
        }
        return out;
    }

    /** Approximate bytes of the marks' arrays. */
    long approximateBytes() {
        return 12L * markUs.length;
    }
}
