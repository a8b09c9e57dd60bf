package dev.threadlab.engine.explore;

import dev.threadlab.engine.primitives.Digest;
import dev.threadlab.engine.sim.ChoiceRecord;

import java.util.Arrays;

/**
 * The explored state space: nodes are distinct state vectors at quiescent points (node 0 is the start), edges are the
 * choices made between two of them, or between one and the end of a run (a terminal edge to an outcome). Every
 * schedule is a path from node 0, so the graph answers, after the search, the fewest-preemption witness of each
 * outcome (Dijkstra on preemptions, then length) and how many schedules end in each outcome (paths, by dynamic
 * programming over the graph, which is acyclic unless a spin loop comes back to a state).
 *
 * <p>Everything lives in primitive arrays, as SPIN keeps its state store: the vectors packed as zigzag varints in one
 * byte arena under an open-addressing hash table, and the edges' choices in one int arena. A lookup of a known state
 * allocates nothing.
 */
final class StateGraph {

    private final VectorStore vectors = new VectorStore();

    // Edges: from, to ({@code -1 - outcome} for a terminal edge), their choices [start, start + length) in the arena.
    private int[] edgeFrom = new int[1024];
    private int[] edgeTo = new int[1024];
    private int[] edgeStart = new int[1024];
    private int[] edgeLength = new int[1024];
    private int[] edgePreemptions = new int[1024];
    private int edges;
    private int[] choiceArena = new int[8192];
    private boolean[] preemptiveArena = new boolean[8192];
    private int arenaSize;

    StateGraph() {
        vectors.intern(new Digest());   // node 0, the start, matches no real vector
    }

    int states() {
        return vectors.size() - 1;
    }

    /** The node of {@code vector}; a new node gets {@code -1 - node}. */
    int intern(Digest vector) {
        return vectors.intern(vector);
    }

    /** Records the choices {@code [from, to)} of a run as an edge from {@code node} to {@code target}. */
    void edge(int node, int target, ChoiceRecord choices, int from, int to) {
        if (edges == edgeFrom.length) {
            int n = edges * 2;
            edgeFrom = Arrays.copyOf(edgeFrom, n);
            edgeTo = Arrays.copyOf(edgeTo, n);
            edgeStart = Arrays.copyOf(edgeStart, n);
            edgeLength = Arrays.copyOf(edgeLength, n);
            edgePreemptions = Arrays.copyOf(edgePreemptions, n);
        }
        int length = to - from;
        while (arenaSize + length > choiceArena.length) {
            choiceArena = Arrays.copyOf(choiceArena, choiceArena.length * 2);
            preemptiveArena = Arrays.copyOf(preemptiveArena, choiceArena.length);
        }
        int preemptions = 0;
        for (int i = from; i < to; i++) {
            int c = choices.chosen(i);
            boolean p = choices.preemptive(i);
            choiceArena[arenaSize + i - from] = c;
            preemptiveArena[arenaSize + i - from] = p;
            if (p) {
                preemptions++;
            }
        }
        edgeFrom[edges] = node;
        edgeTo[edges] = target;
        edgeStart[edges] = arenaSize;
        edgeLength[edges] = length;
        edgePreemptions[edges++] = preemptions;
        arenaSize += length;
    }

    /** The out-edges of every node, as compressed rows: node u's are {@code order[first[u] .. first[u + 1])}. */
    private int[][] adjacency() {
        int n = vectors.size();
        int[] first = new int[n + 1];
        for (int e = 0; e < edges; e++) {
            first[edgeFrom[e] + 1]++;
        }
        for (int u = 0; u < n; u++) {
            first[u + 1] += first[u];
        }
        int[] fill = Arrays.copyOf(first, n);
        int[] order = new int[edges];
        for (int e = 0; e < edges; e++) {
            order[fill[edgeFrom[e]]++] = e;
        }
        return new int[][] {first, order};
    }

    /** Per outcome, the witness with the fewest preemptions then choices, as {choices, preemptive}; null if none. */
    Object[][] witnesses(int outcomes) {
        int[] via = new int[vectors.size()];
        int[] bestEdge = new int[outcomes];
        shortestPaths(via, bestEdge);
        Object[][] result = new Object[outcomes][];
        for (int o = 0; o < outcomes; o++) {
            if (bestEdge[o] >= 0) {
                result[o] = path(bestEdge[o], via);
            }
        }
        return result;
    }

    /**
     * Dijkstra from node 0 on {@link #weight}: for each node, the edge into it on its lightest path ({@code via}, -1
     * if none), and for each outcome the terminal edge of its lightest path ({@code bestEdge}, -1 if none).
     */
    private void shortestPaths(int[] via, int[] bestEdge) {
        int[][] adj = adjacency();
        int[] first = adj[0];
        int[] order = adj[1];
        long[] dist = new long[via.length];
        Arrays.fill(dist, Long.MAX_VALUE);
        Arrays.fill(via, -1);
        dist[0] = 0;
        long[] best = new long[bestEdge.length];
        Arrays.fill(best, Long.MAX_VALUE);
        Arrays.fill(bestEdge, -1);
        NodeQueue queue = new NodeQueue();
        queue.add(0, 0);
        while (!queue.isEmpty()) {
            long d0 = queue.topKey();
            int u = queue.poll();
            if (d0 != dist[u]) {
                continue;
            }
            for (int i = first[u]; i < first[u + 1]; i++) {
                int e = order[i];
                long d = d0 + weight(e);
                int to = edgeTo[e];
                if (to < 0) {
                    if (d < best[-1 - to]) {
                        best[-1 - to] = d;
                        bestEdge[-1 - to] = e;
                    }
                } else if (d < dist[to]) {
                    dist[to] = d;
                    via[to] = e;
                    queue.add(d, to);
                }
            }
        }
    }

    /** Preemptions weigh more than any number of plain choices. */
    private long weight(int e) {
        return ((long) edgePreemptions[e] << 32) + edgeLength[e];
    }

    private Object[] path(int last, int[] via) {
        int length = 0;
        for (int e = last; e >= 0; e = edgeFrom[e] == 0 ? -1 : via[edgeFrom[e]]) {
            length += edgeLength[e];
        }
        int[] c = new int[length];
        boolean[] p = new boolean[length];
        int end = length;
        for (int e = last; e >= 0; e = edgeFrom[e] == 0 ? -1 : via[edgeFrom[e]]) {
            end -= edgeLength[e];
            System.arraycopy(choiceArena, edgeStart[e], c, end, edgeLength[e]);
            System.arraycopy(preemptiveArena, edgeStart[e], p, end, edgeLength[e]);
        }
        return new Object[] {c, p};
    }

    /** Per outcome, the number of paths from node 0 (schedules) that end in it; null if the graph has a cycle. */
    long[] pathCounts(int outcomes) {
        int[][] adj = adjacency();
        int[] first = adj[0];
        int[] order = adj[1];
        int n = vectors.size();
        long[][] memo = new long[n][];
        byte[] mark = new byte[n];
        int[] stack = new int[n];
        int[] next = new int[n];
        int top = 0;
        stack[0] = 0;
        next[0] = first[0];
        mark[0] = 1;
        while (top >= 0) {
            int u = stack[top];
            if (next[u] < first[u + 1]) {
                int to = edgeTo[order[next[u]++]];
                if (to >= 0 && mark[to] == 0) {
                    mark[to] = 1;
                    stack[++top] = to;
                    next[to] = first[to];
                } else if (to >= 0 && mark[to] == 1) {
                    return null;
                }
                continue;
            }
            top--;
            memo[u] = pathCounts(u, first, order, memo, outcomes);
            mark[u] = 2;
        }
        return memo[0];
    }

    /** Per outcome, the number of paths from node {@code u} that end in it, from those of its successors in memo. */
    private long[] pathCounts(int u, int[] first, int[] order, long[][] memo, int outcomes) {
        long[] counts = new long[outcomes];
        for (int i = first[u]; i < first[u + 1]; i++) {
            int to = edgeTo[order[i]];
            if (to < 0) {
                counts[-1 - to] = saturatedAdd(counts[-1 - to], 1);
            } else {
                long[] sub = memo[to];
                for (int o = 0; o < outcomes; o++) {
                    counts[o] = saturatedAdd(counts[o], sub[o]);
                }
            }
        }
        return counts;
    }

    private static long saturatedAdd(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }

    /** A binary min-heap of (key, node) in two primitive arrays, for Dijkstra. */
    private static final class NodeQueue {
        private long[] keys = new long[256];
        private int[] nodes = new int[256];
        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        long topKey() {
            return keys[0];
        }

        void add(long key, int node) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                nodes = Arrays.copyOf(nodes, size * 2);
            }
            int i = size++;
            while (i > 0 && keys[(i - 1) >>> 1] > key) {
                int parent = (i - 1) >>> 1;
                keys[i] = keys[parent];
                nodes[i] = nodes[parent];
                i = parent;
            }
            keys[i] = key;
            nodes[i] = node;
        }

        int poll() {
            int result = nodes[0];
            long key = keys[--size];
            int node = nodes[size];
            int i = 0;
            while (2 * i + 1 < size) {
                int child = 2 * i + 1;
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= key) {
                    break;
                }
                keys[i] = keys[child];
                nodes[i] = nodes[child];
                i = child;
            }
            keys[i] = key;
            nodes[i] = node;
            return result;
        }
    }
}
