package dev.threadlab.persistence;

import java.nio.file.Path;

/**
 * Which database the lab opens: embedded H2 in a file under {@code dataDir} when {@code url} is null, else the
 * external database (PostgreSQL) at {@code url}.
 *
 * @param dataDir  where the embedded H2 database lives ({@code LAB_DATA_DIR})
 * @param url      JDBC URL of an external database ({@code LAB_DB_URL}), or null for embedded H2
 * @param user     user for {@code url} ({@code LAB_DB_USER}; may be null)
 * @param password password for {@code url} ({@code LAB_DB_PASSWORD}; may be null)
 * @param poolSize connections this node keeps to an external database ({@code LAB_DB_POOL_SIZE})
 */
public record DatabaseSettings(Path dataDir, String url, String user, String password, int poolSize) {
}
