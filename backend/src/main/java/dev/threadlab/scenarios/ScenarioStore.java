package dev.threadlab.scenarios;

import dev.threadlab.persistence.Database;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Saved scenarios: immutable snapshots stored as canonical JSON text. All the feature's SQL is here.
 * A save returns only once the row is committed and synced to disk, so a 201 answer means the
 * scenario survives a crash of the server at any later moment.
 */
public final class ScenarioStore {

    /** 96 random bits, Base64url without padding: 16 characters, unguessable. */
    private static final int ID_BYTES = 12;
    private static final Pattern ID_SHAPE = Pattern.compile("[A-Za-z0-9_-]{16}");

    private final Database database;
    private final SecureRandom random = new SecureRandom();

    public ScenarioStore(Database database) {
        this.database = database;
    }

    /** Stores a snapshot and answers its new id. */
    public String save(int schemaVersion, String canonicalJson) {
        String id = newId();
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
        if (!ID_SHAPE.matcher(id).matches()) {
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

    private String newId() {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
