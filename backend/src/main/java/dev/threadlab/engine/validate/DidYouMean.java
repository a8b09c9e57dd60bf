package dev.threadlab.engine.validate;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * "Did you mean …?" for a misspelt name, the one rule for the engine's validator and the JSON adapter: the closest
 * known name by optimal string alignment distance (insertions, deletions, substitutions, adjacent transpositions),
 * ignoring case, within 1 edit for names of up to 3 letters, else a third of the length, at least 2 and at most 3.
 */
public final class DidYouMean {

    /** Longer names get no suggestion: the distance table is quadratic. */
    private static final int LONGEST = 64;

    private DidYouMean() {
    }

    /** The closest of {@code known} to {@code wrong}, if one is close enough. */
    public static Optional<String> closest(String wrong, Collection<String> known) {
        if (wrong.length() > LONGEST) {
            return Optional.empty();
        }
        String w = wrong.toLowerCase();
        int tolerance = wrong.length() <= 3 ? 1 : Math.min(3, Math.max(2, wrong.length() / 3));
        return known.stream().filter(k -> k.length() <= LONGEST)
                .filter(k -> distance(w, k.toLowerCase()) <= tolerance)
                .min(Comparator.comparingInt((String k) -> distance(w, k.toLowerCase()))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** {@code "; did you mean \"lock\"?"} or the empty string when nothing is close enough. */
    public static String suffix(String wrong, Collection<String> known) {
        return closest(wrong, known).map(k -> "; did you mean \"" + k + "\"?").orElse("");
    }

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
