package dev.threadlab.export;

import java.util.Set;

/** Scenario ids and locals as Python identifiers, and strings as Python literals. */
final class PythonNames {

    private static final Set<String> RESERVED = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield", "threading", "queue", "multiprocessing", "time", "compute", "main",
            "print", "range", "t", "p");

    private PythonNames() {
    }

    static String name(String id) {
        String name = id.replaceAll("[^A-Za-z0-9_]", "_");
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            name = "_" + name;
        }
        return RESERVED.contains(name) ? name + "_" : name;
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

    static String seconds(double ms) {
        String text = Double.toString(ms / 1000.0);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
