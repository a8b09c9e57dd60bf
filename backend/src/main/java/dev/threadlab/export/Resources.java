package dev.threadlab.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The fixed parts of every exported script, kept as Python files beside the code ({@code export/*.py}). */
public final class Resources {

    /** Options ({@code --scale}, {@code --record}), {@code SCALE} and the calibrated {@code compute}. */
    static final String PRELUDE = read("export/prelude.py");

    /** The watchdog, the recorder and the report's last line. */
    static final String REPORT = read("export/report.py");

    private Resources() {
    }

    /** A text resource on the class path (UTF-8); {@link IllegalStateException} if it is missing. */
    public static String read(String name) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
