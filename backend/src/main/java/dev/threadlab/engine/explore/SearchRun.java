package dev.threadlab.engine.explore;

import dev.threadlab.engine.sim.ExplorationProbe;
import dev.threadlab.engine.sim.Machine;

/**
 * Watches one run of the search: records the states it reaches in the {@link StateGraph} and the checkpoints of its
 * path on the {@link SearchStack}, and cuts it at a known state past its forced prefix (its future is explored from
 * that state's first visit) or at the depth bound.
 */
final class SearchRun implements ExplorationProbe {

    private final ExploreOptions options;
    private final StateGraph graph;
    private final SearchStack stack;
    /** How many choices the run's schedule forces: up to there it replays the previous run's path. */
    private final int forced;
    /** The next checkpoint of the previous run's path that the replay may pass. */
    private int replayed;
    private boolean depthReached;
    /** The node of the last state reached, and the choice count there (where the current edge starts). */
    int node;
    int segmentStart;

    SearchRun(ExploreOptions options, StateGraph graph, SearchStack stack, int forced) {
        this.options = options;
        this.graph = graph;
        this.stack = stack;
        this.forced = forced;
    }

    /** This run goes on from the machine of checkpoint {@code j}. */
    void resumeAt(int j) {
        node = stack.nodeAt(j);
        segmentStart = stack.choicesAt(j);
        replayed = j + 1;
        stack.truncate(replayed);
    }

    /** Whether the run was cut at the depth bound. */
    boolean depthReached() {
        return depthReached;
    }

    @Override
    public boolean looping(int rounds) {
        if (rounds <= options.maxDepth()) {
            return true;
        }
        depthReached = true;
        return false;
    }

    @Override
    public boolean reached(Machine m) {
        int k = m.choiceCount();
        if (k > options.maxDepth()) {
            depthReached = true;
            return false;
        }
        if (!options.reduce()) {
            return true;
        }
        if (k < forced) {
            replayed = stack.find(replayed, k);
            stack.keep(replayed, m);
            node = stack.nodeAt(replayed++);
            segmentStart = k;
            stack.truncate(replayed);
            return true;
        }
        stack.truncate(replayed);
        int id = graph.intern(m.stateDigest());
        if (id >= 0) {
            // Past the forced prefix, a state seen before: its future is explored from its first visit.
            graph.edge(node, id, m.choiceRecord(), segmentStart, k);
            return false;
        }
        id = -1 - id;
        graph.edge(node, id, m.choiceRecord(), segmentStart, k);
        node = id;
        segmentStart = k;
        stack.push(k, id, m);
        replayed = stack.size();
        return true;
    }
}
