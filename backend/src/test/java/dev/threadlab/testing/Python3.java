package dev.threadlab.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.fail;

/**
 * The machine's {@code python3}, the oracle of the tests that run real CPython. Without it a test is skipped, except
 * under {@code ./lab test}, which installs Debian's python3 and sets {@code LAB_REQUIRE_PYTHON}: there a missing
 * python3 fails the test instead of letting it pass by skipping.
 */
public final class Python3 {

    private Python3() {
    }

    /** The path of python3 on the PATH, or null. */
    public static String find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "python3");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    /** The path of python3; skips the calling test without one, or fails it when python3 is required. */
    public static String require() {
        String found = find();
        if (found == null && System.getenv("LAB_REQUIRE_PYTHON") != null) {
            fail("LAB_REQUIRE_PYTHON is set but python3 is not on the PATH: ./lab test installs Debian's python3");
        }
        Assumptions.assumeTrue(found != null, "python3 is not on the PATH: the test needs real CPython");
        return found;
    }
}
