package dev.threadlab.runs;

import dev.threadlab.persistence.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The durable side of runs: each run's recipe by id, in the lab's database. All the feature's SQL is here. */
public final class RunRecipes {

    /** SQLSTATE of a duplicate key, in H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final Database database;

    public RunRecipes(Database database) {
        this.database = database;
    }

    /** Keeps a recipe; one already kept under the id (the same text, by construction) is left as it is. */
    public void keep(String id, String canonicalJson) {
        try (Connection c = database.dataSource().getConnection()) {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO run_recipe (id, body, created_at) VALUES (?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, canonicalJson);
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                return;
            }
            database.syncToDisk(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep run " + id, e);
        }
    }

    public Optional<String> find(String id) {
        if (!RunRecipe.looksLikeId(id)) {
            return Optional.empty();
        }
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT body FROM run_recipe WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load run " + id, e);
        }
    }
}
