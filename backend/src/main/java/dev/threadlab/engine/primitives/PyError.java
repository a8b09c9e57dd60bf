package dev.threadlab.engine.primitives;

/**
 * A Python exception raised by a simulated operation, with CPython's exact type and message
 * ({@code docs/reference/cpython-3.11.md} section F). Ends the thread that raised it. Stackless: it is control flow.
 */
public final class PyError extends RuntimeException {

    private final String type;

    public PyError(String type, String message) {
        super(message, null, false, false);
        this.type = type;
    }

    public String type() {
        return type;
    }

    public static PyError runtime(String message) {
        return new PyError("RuntimeError", message);
    }

    public static PyError value(String message) {
        return new PyError("ValueError", message);
    }
}
