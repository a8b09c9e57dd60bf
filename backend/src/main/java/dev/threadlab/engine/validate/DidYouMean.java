package dev.threadlab.engine.validate;

import java.util.Collection;

/** Suggests the closest known name for a misspelt one (optimal string alignment distance, at most a third of the length). */
final class DidYouMean {

    private DidYouMean() {
    }

    /** {@code "; did you mean \"lock\"?"} or the empty string when nothing is close enough. */
    static String suffix(String wrong, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(wrong, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        int tolerance = Math.max(1, Math.max(wrong.length(), best == null ? 0 : best.length()) / 3);
        return best != null && bestDistance <= tolerance ? "; did you mean \"" + best + "\"?" : "";
    }

    /** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                d[i][j] = i == 0 || j == 0 ? i + j : cell(a, b, d, i, j);
            }
        }
        return d[a.length()][b.length()];
    }

    private static int cell(String a, String b, int[][] d, int i, int j) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
            v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        return v;
    }
}
