package dev.threadlab.rooms;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All the classroom's SQL: rooms, their members and submissions (schema in {@code V100__rooms.sql}). */
final class RoomStore {

    private final DataSource dataSource;
    private final JsonMapper mapper;

    RoomStore(DataSource dataSource, JsonMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    /** Inserts a new room; false when the code is taken (the caller draws another). */
    boolean create(RoomSnapshot room) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO room (code, title, teacher_token_hash, status,"
                     + " created_at, playback) SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS"
                     + " (SELECT 1 FROM room WHERE code = ?)")) {
            insert.setString(1, room.code().value());
            insert.setString(2, room.title());
            insert.setString(3, room.teacherTokenHash());
            insert.setString(4, room.status().jsonName());
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.setString(6, mapper.writeValueAsString(room.playback()));
            insert.setString(7, room.code().value());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create room " + room.code(), e);
        }
    }

    Optional<RoomSnapshot> find(JoinCode code) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT title, teacher_token_hash, status, scenario,"
                     + " scenario_source, playback, challenge, version FROM room WHERE code = ?")) {
            select.setString(1, code.value());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new RoomSnapshot(code, row.getString(1), row.getString(2),
                        RoomStatus.of(row.getString(3)), json(row.getString(4)), row.getString(5),
                        mapper.readValue(row.getString(6), Playback.class),
                        challenge(row.getString(7)), row.getLong(8)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load room " + code, e);
        }
    }

    /** Writes a room's live state unless the row already holds a newer version (another node wrote it). */
    void saveState(RoomSnapshot room) {
        update("UPDATE room SET status = ?, scenario = ?, scenario_source = ?, playback = ?, challenge = ?, version = ?"
                        + " WHERE code = ? AND version < ?", room.status().jsonName(), text(room.scenario()),
                room.scenarioSource(),
                mapper.writeValueAsString(room.playback()),
                room.challenge() == null ? null : mapper.writeValueAsString(room.challenge()), room.version(),
                room.code().value(), room.version());
    }

    /** Deletes a room; its members and submissions go with it ({@code ON DELETE CASCADE}). */
    void delete(JoinCode code) {
        update("DELETE FROM room WHERE code = ?", code.value());
    }

    void addMember(JoinCode code, KnownMember member) {
        update("INSERT INTO room_member (room_code, member_id, name, resume_hash, joined_at) VALUES (?, ?, ?, ?, ?)",
                code.value(), member.memberId(), member.name(), member.resumeHash(), Timestamp.from(Instant.now()));
    }

    List<KnownMember> members(JoinCode code) {
        List<KnownMember> result = new ArrayList<>();
        query("SELECT member_id, name, resume_hash FROM room_member WHERE room_code = ? ORDER BY joined_at",
                row -> result.add(new KnownMember(row.getString(1), row.getString(2), row.getString(3))),
                code.value());
        return result;
    }

    /** The member a resume token's hash belongs to, if they ever joined this room (through any node). */
    Optional<KnownMember> member(JoinCode code, String resumeHash) {
        List<KnownMember> found = new ArrayList<>();
        query("SELECT member_id, name, resume_hash FROM room_member WHERE room_code = ? AND resume_hash = ?",
                row -> found.add(new KnownMember(row.getString(1), row.getString(2), row.getString(3))),
                code.value(), resumeHash);
        return found.stream().findFirst();
    }

    void addSubmission(JoinCode code, Submission s) {
        update("INSERT INTO room_submission (id, room_code, challenge_id, member_id, name, scenario, submitted_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", s.id(), code.value(), s.challengeId(), s.memberId(), s.name(),
                text(s.scenario()), Timestamp.from(Instant.ofEpochMilli(s.submittedAt())));
    }

    void grade(String submissionId, Verdict verdict) {
        update("UPDATE room_submission SET verdict = ? WHERE id = ?", mapper.writeValueAsString(verdict),
                submissionId);
    }

    /** Each member's latest submission to the given challenge, oldest first. */
    List<Submission> latestSubmissions(JoinCode code, String challengeId) {
        List<Submission> all = new ArrayList<>();
        query("SELECT id, challenge_id, member_id, name, scenario, submitted_at, verdict FROM room_submission"
                + " WHERE room_code = ? AND challenge_id = ? ORDER BY submitted_at", row -> all.add(new Submission(
                row.getString(1), row.getString(2), row.getString(3), row.getString(4), json(row.getString(5)),
                row.getTimestamp(6).toInstant().toEpochMilli(),
                row.getString(7) == null ? null : mapper.readValue(row.getString(7), Verdict.class))),
                code.value(), challengeId);
        Map<String, Submission> latest = new LinkedHashMap<>();
        all.forEach(s -> latest.put(s.memberId(), s));
        return List.copyOf(latest.values());
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, RowReader reader, String... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Room query failed: " + sql, e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Room update failed: " + sql, e);
        }
    }

    private JsonNode json(String text) {
        return text == null ? null : mapper.readTree(text);
    }

    private Challenge challenge(String text) {
        return text == null ? null : mapper.readValue(text, Challenge.class);
    }

    private String text(JsonNode node) {
        return node == null || node.isNull() ? null : mapper.writeValueAsString(node);
    }
}
