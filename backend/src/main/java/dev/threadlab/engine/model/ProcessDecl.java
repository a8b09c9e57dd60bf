package dev.threadlab.engine.model;

/**
 * A child process ({@code multiprocessing.Process}); the main process is implicit.
 *
 * @param id    unique id
 * @param start {@code "auto"} (started by the main thread at t = 0) or {@code "manual"} (by a {@code start} step);
 *              null means auto
 */
public record ProcessDecl(String id, String start) {

    public boolean manual() {
        return "manual".equals(start);
    }
}
