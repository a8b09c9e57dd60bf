package dev.threadlab.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The lab's relational database: embedded H2 in a file under {@link DatabaseSettings#dataDir()} by default,
 * PostgreSQL when {@code LAB_DB_URL} is set. The schema comes from the Flyway scripts under
 * {@code db/migration}, the same for both. H2 in a file is served by its own small pool; PostgreSQL, shared by every
 * node of a school, through HikariCP ({@code LAB_DB_POOL_SIZE} connections per node, default {@value #MAX_CONNECTIONS}).
 */
public final class Database implements AutoCloseable {

    public static final int MAX_CONNECTIONS = 8;

    private final DataSource pool;
    private final AutoCloseable closer;
    private final boolean embedded;

    private Database(DataSource pool, AutoCloseable closer, boolean embedded) {
        this.pool = pool;
        this.closer = closer;
        this.embedded = embedded;
    }

    /** Opens (creating if needed) the database the settings name and migrates it to the latest schema. */
    public static Database open(DatabaseSettings settings) {
        Database db = settings.url() == null ? embeddedH2(settings.dataDir()) : postgres(settings);
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
        return new Database(pool, pool::dispose, true);
    }

    private static Database postgres(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("lab-db");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        // a node that cannot reach the database says so within seconds rather than hanging its requests
        config.setConnectionTimeout(5_000);
        config.setInitializationFailTimeout(30_000);
        HikariDataSource pool = new HikariDataSource(config);
        return new Database(pool, pool, false);
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
        try {
            closer.close();
        } catch (Exception e) {
            throw new IllegalStateException("Could not close the database pool", e);
        }
    }
}
