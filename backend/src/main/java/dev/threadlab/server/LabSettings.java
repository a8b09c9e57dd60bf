package dev.threadlab.server;

import java.nio.file.Path;
import java.util.Map;

/**
 * Everything the lab reads from its environment, in one place.
 *
 * @param port         HTTP port; 0 picks a free one (tests)
 * @param host         interface to bind; loopback unless told otherwise
 * @param dataDir      where the embedded H2 database lives when no {@code dbUrl} is given
 * @param dbUrl        JDBC URL of an external database (PostgreSQL), or null for embedded H2
 * @param dbUser       user for {@code dbUrl}
 * @param dbPassword   password for {@code dbUrl}
 * @param maxBodyBytes largest request body accepted (DESIGN.md §5: 1 MiB)
 */
public record LabSettings(int port, String host, Path dataDir, String dbUrl, String dbUser, String dbPassword,
                          long maxBodyBytes) {

    public static final long ONE_MIB = 1L << 20;

    /** Reads {@code PORT}, {@code HOST}, {@code LAB_DATA_DIR}, {@code LAB_DB_URL}, {@code LAB_DB_USER}, {@code LAB_DB_PASSWORD}. */
    public static LabSettings fromEnvironment(Map<String, String> env) {
        return new LabSettings(
                parsePort(env.getOrDefault("PORT", "8080")),
                env.getOrDefault("HOST", "0.0.0.0"),
                Path.of(env.getOrDefault("LAB_DATA_DIR", "data")),
                blankToNull(env.get("LAB_DB_URL")),
                blankToNull(env.get("LAB_DB_USER")),
                blankToNull(env.get("LAB_DB_PASSWORD")),
                ONE_MIB);
    }

    /** Settings for a test server: a free loopback port and the given data directory. */
    public static LabSettings forTest(Path dataDir) {
        return new LabSettings(0, "127.0.0.1", dataDir, null, null, null, ONE_MIB);
    }

    public LabSettings withPort(int newPort) {
        return new LabSettings(newPort, host, dataDir, dbUrl, dbUser, dbPassword, maxBodyBytes);
    }

    private static int parsePort(String raw) {
        try {
            int port = Integer.parseInt(raw.trim());
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("PORT must be between 0 and 65535, got " + raw);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT must be a number, got \"" + raw + "\"", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
