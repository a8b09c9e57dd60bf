package dev.threadlab.ui.editor;

import dev.threadlab.ui.client.LabApiClient.SourceNote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pasted program as the import panel shows it: numbered lines, those the importer speaks of marked with what it says
 * there. A long program is shown around its marked lines only, with the lines left out counted.
 *
 * @param rows the lines shown, in order, and the gaps between them
 */
record NumberedSource(List<Row> rows) {

    /** Programs up to this many lines are shown whole. */
    static final int SHOWN_WHOLE = 300;
    /** Lines shown before and after a marked line of a longer program. */
    static final int CONTEXT = 3;

    NumberedSource {
        rows = List.copyOf(rows);
    }

    /** A row of the listing. */
    sealed interface Row {
    }

    /** Line {@code number} (1-based) of the program, with what the importer says at it (none: not marked). */
    record Line(int number, String text, List<String> messages) implements Row {

        Line {
            messages = List.copyOf(messages);
        }

        boolean marked() {
            return !messages.isEmpty();
        }
    }

    /** Lines {@code from} to {@code to} (inclusive) left out. */
    record Gap(int from, int to) implements Row {
    }

    static NumberedSource of(String source, List<SourceNote> marks) {
        String[] lines = source.split("\r\n|\r|\n", -1);
        int count = source.endsWith("\n") || source.endsWith("\r") ? lines.length - 1 : lines.length;
        Map<Integer, List<String>> byLine = new LinkedHashMap<>();
        for (SourceNote mark : marks) {
            if (mark.line() >= 1 && mark.line() <= count) {
                byLine.computeIfAbsent(mark.line(), k -> new ArrayList<>()).add(mark.message());
            }
        }
        boolean[] shown = new boolean[count + 1];
        for (int n = 1; n <= count; n++) {
            shown[n] = count <= SHOWN_WHOLE;
        }
        for (int marked : byLine.keySet()) {
            for (int n = Math.max(1, marked - CONTEXT); n <= Math.min(count, marked + CONTEXT); n++) {
                shown[n] = true;
            }
        }
        List<Row> rows = new ArrayList<>();
        int gapFrom = 0;
        for (int n = 1; n <= count; n++) {
            if (!shown[n]) {
                gapFrom = gapFrom == 0 ? n : gapFrom;
                continue;
            }
            if (gapFrom != 0) {
                rows.add(new Gap(gapFrom, n - 1));
                gapFrom = 0;
            }
            rows.add(new Line(n, lines[n - 1], byLine.getOrDefault(n, List.of())));
        }
        if (gapFrom != 0) {
            rows.add(new Gap(gapFrom, count));
        }
        return new NumberedSource(rows);
    }

    /** How the importer's list names a mark: {@code line 14:5: os.fork() is not modelled …}. */
    static String describe(SourceNote mark) {
        return "line " + mark.line() + ":" + mark.column() + ": " + mark.message();
    }
}
