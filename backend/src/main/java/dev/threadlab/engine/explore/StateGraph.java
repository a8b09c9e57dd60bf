package dev.threadlab.engine.explore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The explored state space: nodes are distinct state vectors at quiescent points (node 0 is the start), edges are the
 * choices made between two of them, or between one and the end of a run (a terminal edge to an outcome). Every
 * schedule is a path from node 0, so the graph answers, after the search, the fewest-preemption witness of each
 * outcome (Dijkstra on preemptions, then length) and how many schedules end in each outcome (paths, by dynamic
 * programming over the graph, which is acyclic: time and program counters only move forward).
 */
final class StateGraph {

    /** A state vector packed as zigzag varints (most entries are small): a few bytes per entry instead of eight. */
    private record State(byte[] v, int hash) {
        State(long[] vector) {
            this(pack(vector));
        }

        private State(byte[] packed) {
            this(packed, Arrays.hashCode(packed));
        }

        private static byte[] pack(long[] vector) {
            byte[] out = new byte[vector.length * 10];
            int n = 0;
            for (long x : vector) {
                long z = (x << 1) ^ (x >> 63);
                while ((z & ~0x7FL) != 0) {
                    out[n++] = (byte) ((z & 0x7F) | 0x80);
                    z >>>= 7;
                }
                out[n++] = (byte) z;
            }
            return Arrays.copyOf(out, n);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof State s && s.hash == hash && Arrays.equals(s.v, v);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** {@code to} is a node, or {@code -1 - outcome} for a terminal edge. */
    private record Edge(int from, int to, int[] choices, boolean[] preemptive, int preemptionsTaken) {
    }

    private final Map<State, Integer> ids = new HashMap<>();
    private final List<List<Edge>> out = new ArrayList<>();

    StateGraph() {
        out.add(new ArrayList<>());
    }

    int states() {
        return ids.size();
    }

    /** The node of {@code vector}, or -1 if it was never seen. */
    int find(long[] vector) {
        Integer id = ids.get(new State(vector));
        return id == null ? -1 : id;
    }

    int add(long[] vector) {
        int id = out.size();
        ids.put(new State(vector), id);
        out.add(new ArrayList<>());
        return id;
    }

    /** Records the choices {@code [from, to)} of a run as an edge; {@code target} as in {@link Edge#to}. */
    void edge(int node, int target, int[] choices, boolean[] preemptive, int from, int to) {
        int[] c = Arrays.copyOfRange(choices, from, to);
        boolean[] p = Arrays.copyOfRange(preemptive, from, to);
        out.get(node).add(new Edge(node, target, c, p, OutcomeTable.preemptions(c, p).size()));
    }

    /** Per outcome, the witness with the fewest preemptions then choices, as {choices, preemptive}; null if none. */
    Object[][] witnesses(int outcomes) {
        int n = out.size();
        long[] dist = new long[n];
        Arrays.fill(dist, Long.MAX_VALUE);
        Edge[] via = new Edge[n];
        dist[0] = 0;
        PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        queue.add(new long[] {0, 0});
        long[] best = new long[outcomes];
        Arrays.fill(best, Long.MAX_VALUE);
        Edge[] bestEdge = new Edge[outcomes];
        while (!queue.isEmpty()) {
            long[] top = queue.poll();
            int u = (int) top[1];
            if (top[0] != dist[u]) {
                continue;
            }
            for (Edge e : out.get(u)) {
                long d = dist[u] + weight(e);
                if (e.to() < 0) {
                    int o = -1 - e.to();
                    if (d < best[o]) {
                        best[o] = d;
                        bestEdge[o] = e;
                    }
                } else if (d < dist[e.to()]) {
                    dist[e.to()] = d;
                    via[e.to()] = e;
                    queue.add(new long[] {d, e.to()});
                }
            }
        }
        Object[][] result = new Object[outcomes][];
        for (int o = 0; o < outcomes; o++) {
            if (bestEdge[o] != null) {
                result[o] = path(bestEdge[o], via);
            }
        }
        return result;
    }

    /** Preemptions weigh more than any number of plain choices. */
    private static long weight(Edge e) {
        return ((long) e.preemptionsTaken() << 32) + e.choices().length;
    }

    private static Object[] path(Edge last, Edge[] via) {
        ArrayDeque<Edge> edges = new ArrayDeque<>();
        for (Edge e = last; e != null; e = e.from() == 0 ? null : via[e.from()]) {
            edges.push(e);
        }
        List<Integer> choices = new ArrayList<>();
        List<Boolean> preemptive = new ArrayList<>();
        for (Edge e : edges) {
            for (int i = 0; i < e.choices().length; i++) {
                choices.add(e.choices()[i]);
                preemptive.add(e.preemptive()[i]);
            }
        }
        int[] c = choices.stream().mapToInt(Integer::intValue).toArray();
        boolean[] p = new boolean[c.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = preemptive.get(i);
        }
        return new Object[] {c, p};
    }

    /** Per outcome, the number of paths from node 0 (schedules) that end in it; null if the graph has a cycle. */
    long[] pathCounts(int outcomes) {
        int n = out.size();
        long[][] memo = new long[n][];
        byte[] mark = new byte[n];
        ArrayDeque<int[]> stack = new ArrayDeque<>();
        stack.push(new int[] {0, 0});
        mark[0] = 1;
        while (!stack.isEmpty()) {
            int[] top = stack.peek();
            List<Edge> edges = out.get(top[0]);
            if (top[1] < edges.size()) {
                Edge e = edges.get(top[1]++);
                if (e.to() >= 0 && mark[e.to()] == 0) {
                    mark[e.to()] = 1;
                    stack.push(new int[] {e.to(), 0});
                } else if (e.to() >= 0 && mark[e.to()] == 1) {
                    return null;
                }
                continue;
            }
            stack.pop();
            long[] counts = new long[outcomes];
            for (Edge e : edges) {
                if (e.to() < 0) {
                    counts[-1 - e.to()] = saturatedAdd(counts[-1 - e.to()], 1);
                } else {
                    long[] sub = memo[e.to()];
                    for (int o = 0; o < outcomes; o++) {
                        counts[o] = saturatedAdd(counts[o], sub[o]);
                    }
                }
            }
            memo[top[0]] = counts;
            mark[top[0]] = 2;
        }
        return memo[0];
    }

    private static long saturatedAdd(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }
}
