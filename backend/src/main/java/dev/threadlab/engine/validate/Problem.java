package dev.threadlab.engine.validate;

/** One reason a scenario is refused: where ({@code threads[1].body[0].target}) and why. */
public record Problem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
