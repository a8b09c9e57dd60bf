package dev.threadlab.engine.explore;

import dev.threadlab.engine.sim.Machine;

import java.util.Arrays;

/**
 * The checkpoints of the stateful search's path, as SPIN's depth-first search keeps its stack of states: for each
 * probe call of the previous run (at a choice count), the state-graph node there and, while it may still be needed,
 * the machine there, to resume the next prefix from instead of replaying the run from the start. A replay of a
 * prefix passes the same checkpoints, so their nodes are known without building state vectors again.
 */
final class SearchStack {

    private static final int[] NO_SCHEDULE = new int[0];

    /** Per checkpoint: the choice count at its probe call, its node, and its machine (null once used up). */
    private int[] choicesAt = new int[64];
    private int[] nodeAt = new int[64];
    private Machine[] machineAt = new Machine[64];
    private int size;

    int size() {
        return size;
    }

    /** Forgets the checkpoints from {@code n} on: the current run has left the previous run's path there. */
    void truncate(int n) {
        size = n;
    }

    int choicesAt(int j) {
        return choicesAt[j];
    }

    int nodeAt(int j) {
        return nodeAt[j];
    }

    /** The first checkpoint from {@code j} on that was made after {@code choices} choices. */
    int find(int j, int choices) {
        while (choicesAt[j] != choices) {
            j++;
        }
        return j;
    }

    /** Keeps a snapshot of {@code m} at checkpoint {@code j} if its machine was used up. */
    void keep(int j, Machine m) {
        if (machineAt[j] == null) {
            machineAt[j] = m.snapshot(NO_SCHEDULE);
        }
    }

    /** A new checkpoint on top: after {@code choices} choices, at {@code node}, with a snapshot of {@code m}. */
    void push(int choices, int node, Machine m) {
        Machine snapshot = m.snapshot(NO_SCHEDULE);
        if (size == choicesAt.length) {
            choicesAt = Arrays.copyOf(choicesAt, size * 2);
            nodeAt = Arrays.copyOf(nodeAt, size * 2);
            machineAt = Arrays.copyOf(machineAt, size * 2);
        }
        choicesAt[size] = choices;
        machineAt[size] = snapshot;
        nodeAt[size++] = node;
    }

    /**
     * The deepest checkpoint of the search path made before choice {@code changed} whose machine is kept, or -1 if
     * there is none.
     */
    int resumePoint(int changed) {
        int j = size - 1;
        while (j >= 0 && (choicesAt[j] > changed || machineAt[j] == null)) {
            j--;
        }
        return j;
    }

    /**
     * The machine of checkpoint {@code j}, to follow {@code prefix} (the previous run made {@code lastChoices} among
     * {@code lastCounts} candidates): a copy, or the kept machine itself when no choice of its segment up to the one
     * changed has an untried alternative left, so that no later prefix seems to need it. If one does after all (the
     * new run makes more choices in the segment), it resumes from an earlier checkpoint and keeps this one's machine
     * again as it passes it.
     */
    Machine resumed(int j, int[] prefix, int[] lastChoices, int[] lastCounts) {
        int changed = prefix.length - 1;
        boolean lastUse = prefix[changed] + 1 >= lastCounts[changed];
        for (int x = choicesAt[j]; x < changed && lastUse; x++) {
            lastUse = lastChoices[x] + 1 >= lastCounts[x];
        }
        if (!lastUse) {
            return machineAt[j].snapshot(prefix);
        }
        Machine m = machineAt[j].follow(prefix);
        machineAt[j] = null;
        return m;
    }
}
