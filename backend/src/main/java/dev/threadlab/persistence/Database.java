package dev.threadlab.persistence;

import dev.threadlab.server.LabSettings;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The lab's relational database: embedded H2 in a file under {@link LabSettings#dataDir()} by default,
 * PostgreSQL when {@code LAB_DB_URL} is set. The schema comes from the Flyway scripts under
 * {@code db/migration}, the same for both. A small pool (H2's {@link JdbcConnectionPool}) serves both.
 */
public final class Database implements AutoCloseable {

    private static final int MAX_CONNECTIONS = 8;

    private final JdbcConnectionPool pool;
    private final boolean embedded;

    private Database(JdbcConnectionPool pool, boolean embedded) {
        this.pool = pool;
        this.embedded = embedded;
    }

    /** Opens (creating if needed) the database the settings name and migrates it to the latest schema. */
    public static Database open(LabSettings settings) {
        Database db = settings.dbUrl() == null ? embeddedH2(settings.dataDir()) : postgres(settings);
        try {
            // Features number their scripts in their own ranges (scenarios V1.., rooms V100..), so a new V2
            // may land after V100 has run on a database: apply it rather than refuse to start.
            Flyway.configure().dataSource(db.pool).locations("classpath:db/migration").outOfOrder(true).load().migrate();
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static Database embeddedH2(Path dataDir) {
        // WRITE_DELAY=0: the store is written at every commit, not up to 500 ms later.
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("threadlab") + ";WRITE_DELAY=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        return new Database(pool, true);
    }

    private static Database postgres(LabSettings settings) {
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setURL(settings.dbUrl());
        if (settings.dbUser() != null) {
            source.setUser(settings.dbUser());
        }
        if (settings.dbPassword() != null) {
            source.setPassword(settings.dbPassword());
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(MAX_CONNECTIONS);
        return new Database(pool, false);
    }

    public DataSource dataSource() {
        return pool;
    }

    /**
     * Makes every committed transaction durable on the device before returning. PostgreSQL already
     * does so at commit ({@code synchronous_commit}); embedded H2 is told to write and fsync.
     */
    public void syncToDisk(Connection connection) throws SQLException {
        if (embedded) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT SYNC");
            }
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
