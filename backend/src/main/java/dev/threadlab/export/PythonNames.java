package dev.threadlab.export;

import java.util.Set;

/** Scenario ids and locals as Python identifiers, and strings as Python literals. */
final class PythonNames {

    private static final Set<String> RESERVED = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield", "threading", "queue", "multiprocessing", "time", "compute", "main",
            "print", "range", "t", "p", "os", "argparse", "json", "shutil", "sys", "tempfile", "traceback", "_thread",
            "SCALE", "OPTIONS");

    private PythonNames() {
    }

    static String name(String id) {
        String name = id.replaceAll("[^A-Za-z0-9_]", "_");
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            name = "_" + name;
        }
        // the script's own helpers are all named _lab_...: no scenario name can hide one
        return RESERVED.contains(name) || name.startsWith("_lab") ? name + "_" : name;
    }

    /** A double-quoted Python string literal. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * Text a user typed, safe inside a {@code #} comment: every character that could end the comment line or upset
     * the tokenizer (CR, LF, VT, FF, NEL, U+2028/2029, NUL and the other controls) is written as a visible escape,
     * so the comment ends only where the exporter ends it.
     */
    static String commentText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean unsafe = c != '\t' && (type == Character.CONTROL || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || c == '\uFEFF');
            if (!unsafe) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    /** A duration as seconds times {@code SCALE} (1 unless the script is run with {@code --scale}). */
    static String scaled(double ms) {
        return seconds(ms) + " * SCALE";
    }

    static String seconds(double ms) {
        String text = Double.toString(ms / 1000.0);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
