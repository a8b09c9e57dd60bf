package dev.threadlab.rooms.qr;

/** The mask penalty score of §7.8.3: the encoder keeps the mask with the lowest score. */
final class Penalty {

    private static final int N1 = 3;
    private static final int N2 = 3;
    private static final int N3 = 40;
    private static final int N4 = 10;
    private static final boolean[] FINDER_LIKE = {true, false, true, true, true, false, true};

    private Penalty() {
    }

    static int of(boolean[][] m) {
        int size = m.length;
        int score = 0;
        for (int i = 0; i < size; i++) {
            score += runs(m, i, true) + runs(m, i, false);
            score += finderLike(m, i, true) + finderLike(m, i, false);
        }
        for (int y = 0; y < size - 1; y++) {
            for (int x = 0; x < size - 1; x++) {
                boolean c = m[y][x];
                if (c == m[y][x + 1] && c == m[y + 1][x] && c == m[y + 1][x + 1]) {
                    score += N2;
                }
            }
        }
        int dark = 0;
        for (boolean[] row : m) {
            for (boolean module : row) {
                dark += module ? 1 : 0;
            }
        }
        int total = size * size;
        int k = (Math.abs(dark * 20 - total * 10) + total - 1) / total - 1;
        return score + Math.max(0, k) * N4;
    }

    private static boolean at(boolean[][] m, int line, int i, boolean row) {
        return row ? m[line][i] : m[i][line];
    }

    /** Rule 1: every run of five or more same-colour modules in a line scores 3 + (length - 5). */
    private static int runs(boolean[][] m, int line, boolean row) {
        int score = 0;
        int run = 1;
        for (int i = 1; i <= m.length; i++) {
            if (i < m.length && at(m, line, i, row) == at(m, line, i - 1, row)) {
                run++;
            } else {
                if (run >= 5) {
                    score += N1 + run - 5;
                }
                run = 1;
            }
        }
        return score;
    }

    /** Rule 3: a 1:1:3:1:1 dark-light pattern with four light modules on one side (the symbol's edge counts as light). */
    private static int finderLike(boolean[][] m, int line, boolean row) {
        int score = 0;
        for (int i = 0; i + FINDER_LIKE.length <= m.length; i++) {
            boolean match = true;
            for (int k = 0; k < FINDER_LIKE.length && match; k++) {
                match = at(m, line, i + k, row) == FINDER_LIKE[k];
            }
            if (match && (lightSpan(m, line, i - 4, i, row) || lightSpan(m, line, i + 7, i + 11, row))) {
                score += N3;
            }
        }
        return score;
    }

    private static boolean lightSpan(boolean[][] m, int line, int from, int to, boolean row) {
        for (int i = from; i < to; i++) {
            if (i >= 0 && i < m.length && at(m, line, i, row)) {
                return false;
            }
        }
        return true;
    }
}
