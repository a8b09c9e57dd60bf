package dev.threadlab.export;

import java.util.Map;
import java.util.TreeMap;

/** The script's line numbers as it is written, and what a thread seen at each marked line is doing. */
final class LineTable {

    private final StringBuilder out;
    private final Map<Integer, StepLine> lines = new TreeMap<>();
    private int counted;
    private int newlines;

    LineTable(StringBuilder out) {
        this.out = out;
    }

    /** Marks the line just written (the script's text ends with its newline). */
    void markLast(StepLine line) {
        for (; counted < out.length(); counted++) {
            if (out.charAt(counted) == '\n') {
                newlines++;
            }
        }
        lines.put(newlines, line);
    }

    /** The {@code _lab_STEPS} dictionary: line number to (state, object, blocked for good). */
    String python() {
        StringBuilder table = new StringBuilder("_lab_STEPS = {  # line: (what a thread seen there is doing, on what, blocked for good)\n");
        lines.forEach((number, line) -> table.append("    ").append(number).append(": ").append(line.python()).append(",\n"));
        return table.append("}\n").toString();
    }
}
