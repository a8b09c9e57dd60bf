package dev.threadlab.engine.sim;

import dev.threadlab.engine.ChoicePoint;
import dev.threadlab.engine.InvalidScheduleException;
import dev.threadlab.engine.model.Policy;
import dev.threadlab.engine.primitives.Waiters;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Makes and records every choice among two or more candidates. Candidates are in canonical order (ascending thread
 * index); the recorded value is the index chosen. A forced schedule is followed first; then the policy decides
 * ({@code random}: a {@link SplitMix} generator seeded with the scenario's seed, drawing as
 * {@link java.util.SplittableRandom}; {@code fifo}: the first arrival), or, when
 * exploring, index 0 so a depth-first search can extend a prefix canonically.
 */
final class Chooser implements ChoiceRecord {

    private int[] forced;
    private final Policy policy;
    private final boolean exploring;
    private final SplitMix random;
    /** The record from choice {@code offset} on (a chooser resumed from a checkpoint keeps no earlier choices). */
    private int[] chosen = new int[64];
    private int[] counts = new int[64];
    private boolean[] preemptive = new boolean[64];
    private int size;
    /** Choices made before the record starts: 0, or the choices made up to the checkpoint a run resumed from. */
    private final int offset;
    private int[] scratch = new int[8];
    /** Scheduler mode: stop (throw {@link Pending}) at the first choice past the forced schedule. */
    private boolean stopWhenFree;
    /** The thread a preemption choice is about, or -1 for a pick among {@link #scratch}. */
    private int preempting = -1;

    /** Thrown out of the run at the first unforced choice in scheduler mode; the run is abandoned. */
    static final class Pending extends RuntimeException {
        final int position;
        final int[] threads;
        final boolean preemption;

        Pending(int position, int[] threads, boolean preemption) {
            super(null, null, false, false);
            this.position = position;
            this.threads = threads;
            this.preemption = preemption;
        }

        /** The choice point for the public API, its candidates named ({@code events} emitted, at {@code atUs}). */
        ChoicePoint at(SimThread[] threads, SimProcess[] processes, long events, long atUs) {
            List<String> names = new ArrayList<>();
            for (int t : this.threads) {
                // any timing: a pending process exit may be a candidate too
                names.add(t < threads.length ? threads[t].id : "(exit of " + processes[(t - threads.length)
                        % processes.length].id + ")");
            }
            return new ChoicePoint(position, preemption, names, events, atUs);
        }
    }

    void stopAtFirstFreeChoice() {
        stopWhenFree = true;
    }

    Chooser(List<Integer> forced, Policy policy, boolean exploring, long seed) {
        this.forced = forced.stream().mapToInt(Integer::intValue).toArray();
        this.policy = policy;
        this.exploring = exploring;
        this.random = new SplitMix(seed);
        this.offset = 0;
    }

    /**
     * A copy of {@code o}'s record for a machine snapshot, that follows {@code schedule} from here on: its first
     * {@link #size()} entries are the choices already made.
     */
    Chooser(Chooser o, int[] schedule) {
        this.forced = schedule;
        this.policy = o.policy;
        this.exploring = o.exploring;
        this.random = o.random;   // snapshots are of exploring machines, which never draw from it
        this.offset = o.offset;
        this.chosen = Arrays.copyOf(o.chosen, o.size - o.offset + 16);
        this.counts = Arrays.copyOf(o.counts, o.size - o.offset + 16);
        this.preemptive = Arrays.copyOf(o.preemptive, o.size - o.offset + 16);
        this.size = o.size;
        this.stopWhenFree = o.stopWhenFree;
    }

    /**
     * A copy of {@code o} for a run's checkpoint: the same forced schedule (never modified, so shared), policy and
     * generator state, and the number of choices made, but not their record, which grows with the run (millions of
     * choices in a long one): the copy records only the choices made after it.
     */
    Chooser(Chooser o) {
        this.forced = o.forced;
        this.policy = o.policy;
        this.exploring = o.exploring;
        this.random = o.random.copy();
        this.offset = o.size;
        this.chosen = new int[16];
        this.counts = new int[16];
        this.preemptive = new boolean[16];
        this.size = o.size;
    }

    /** Follows {@code schedule} from here on; its first {@link #size()} entries must be the choices made. */
    void follow(int[] schedule) {
        forced = schedule;
    }

    /** One of {@code waiters} (non-empty), as a thread index. */
    int choose(Waiters waiters) {
        int n = waiters.size();
        if (n == 1) {
            return waiters.get(0);
        }
        if (scratch.length < n) {
            scratch = new int[n * 2];
        }
        int first = waiters.get(0);
        int firstAt = 0;
        for (int i = 0; i < n; i++) {
            int v = waiters.get(i);
            int j = i;
            while (j > 0 && scratch[j - 1] > v) {
                scratch[j] = scratch[j - 1];
                j--;
            }
            scratch[j] = v;
        }
        for (int i = 0; i < n; i++) {
            if (scratch[i] == first) {
                firstAt = i;
            }
        }
        preempting = -1;
        return scratch[pick(n, firstAt)];
    }

    /**
     * Exploring: may the running thread be switched out here? 0 = continue, 1 = switch (a preemption: the thread
     * could have gone on). A switch is recorded as a preemption taken, so the explorer can rank witnesses by them.
     */
    boolean preempt(int thread) {
        int at = size;
        preempting = thread;
        boolean yes = pick(2, 0) == 1;
        preempting = -1;
        preemptive[at - offset] = yes;
        return yes;
    }

    /**
     * Any timing: which of the {@code n} pending heap entries {@code keys} (ascending) is dispatched next. When
     * {@code running}, the key of the thread that ran last, could go on (it may have been left out of {@code keys} by
     * the reduction), picking another is a preemption, recorded as taken. In scheduler mode, the candidates offered
     * are the entries' threads.
     */
    int pickEntry(int[] keys, int n, int running) {
        if (n >= 2 && size >= forced.length && stopWhenFree) {
            if (scratch.length < n) {
                scratch = new int[n * 2];
            }
            System.arraycopy(keys, 0, scratch, 0, n);
        }
        preempting = -1;
        int at = size;
        int runningAt = -1;
        for (int i = 0; i < n; i++) {
            if (keys[i] == running) {
                runningAt = i;
            }
        }
        int index = pick(n, Math.max(0, runningAt));
        if (n >= 2) {
            preemptive[at - offset] = running >= 0 && keys[index] != running;
        }
        return index;
    }

    /** An index in {@code [0, n)}; {@code fifoIndex} is what the FIFO policy would pick. Recorded when n &gt;= 2. */
    int pick(int n, int fifoIndex) {
        if (n < 2) {
            return 0;
        }
        int index;
        if (size < forced.length) {
            index = forced[size];
            if (index < 0 || index >= n) {
                throw new InvalidScheduleException(size, index, n);
            }
        } else if (stopWhenFree) {
            throw new Pending(size, preempting >= 0 ? new int[] {preempting} : Arrays.copyOf(scratch, n),
                    preempting >= 0);
        } else if (exploring) {
            index = 0;
        } else {
            index = policy == Policy.FIFO ? fifoIndex : random.nextInt(n);
        }
        record(index, n);
        return index;
    }

    private void record(int index, int n) {
        int at = size - offset;
        if (at == chosen.length) {
            chosen = Arrays.copyOf(chosen, at * 2);
            counts = Arrays.copyOf(counts, at * 2);
            preemptive = Arrays.copyOf(preemptive, at * 2);
        }
        chosen[at] = index;
        counts[at] = n;
        preemptive[at] = false;
        size++;
    }

    /** The {@code i}-th choice of the run, {@code i >= } the choices made before a checkpoint this run resumed from. */
    @Override
    public int chosen(int i) {
        return chosen[i - offset];
    }

    @Override
    public boolean preemptive(int i) {
        return preemptive[i - offset];
    }

    int size() {
        return size;
    }

    /** Bytes the record holds (a checkpoint's chooser holds only the choices made after it). */
    long recordBytes() {
        return 9L * chosen.length;
    }

    /** The choices recorded (from a resumed run's checkpoint on). */
    int[] chosenArray() {
        return Arrays.copyOf(chosen, size - offset);
    }

    int[] countsArray() {
        return Arrays.copyOf(counts, size - offset);
    }

    boolean[] preemptiveArray() {
        return Arrays.copyOf(preemptive, size - offset);
    }

    List<Integer> schedule() {
        return view(chosenArray());
    }

    List<Integer> candidates() {
        return view(countsArray());
    }

    private static List<Integer> view(int[] values) {
        return new AbstractList<>() {
            @Override
            public Integer get(int i) {
                return values[i];
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
