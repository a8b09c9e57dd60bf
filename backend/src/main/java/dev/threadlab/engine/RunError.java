package dev.threadlab.engine;

/** An uncaught exception, with CPython's type and message, and the step (JSON path) that raised it. */
public record RunError(String thread, String type, String message, double atMs, String step) {
}
