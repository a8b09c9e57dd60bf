package dev.threadlab.scenarios;

import dev.threadlab.api.RandomIds;
import dev.threadlab.persistence.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Saved scenarios: immutable snapshots stored as canonical JSON text. All the feature's SQL is here.
 * A save returns only once the row is committed and synced to disk, so a 201 answer means the
 * scenario survives a crash of the server at any later moment.
 */
public final class ScenarioStore {

    private final Database database;
    private final RandomIds ids = new RandomIds();

    public ScenarioStore(Database database) {
        this.database = database;
    }

    /** Stores a snapshot and answers its new id. */
    public String save(int schemaVersion, String canonicalJson) {
        String id = ids.next();
        try (Connection c = database.dataSource().getConnection()) {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO saved_scenario (id, schema_version, body, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setInt(2, schemaVersion);
                insert.setString(3, canonicalJson);
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            database.syncToDisk(c);
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save a scenario", e);
        }
    }

    /** The snapshot's text exactly as saved, or empty when no scenario has that id. */
    public Optional<String> find(String id) {
        if (!RandomIds.looksValid(id)) {
            return Optional.empty();
        }
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT body FROM saved_scenario WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load scenario " + id, e);
        }
    }
}
