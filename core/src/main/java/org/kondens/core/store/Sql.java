package org.kondens.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A thin layer over JDBC so repositories read like the SQL they run. Values are bound by type:
 * UUIDs, instants and dates as ISO text, booleans as 0/1, enums by name.
 */
public final class Sql {

    /** Maps the current row of a result set to a value. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Connection connection;
    private final TranscriptTexts transcriptTexts;

    Sql(Connection connection, TranscriptTexts transcriptTexts) {
        this.connection = connection;
        this.transcriptTexts = transcriptTexts;
    }

    /** For a short look at a file (its format, a backup's stamp): texts read when asked, none kept. */
    Sql(Connection connection) {
        this.connection = connection;
        this.transcriptTexts = new TranscriptTexts(reads(), 0);
    }

    /** Reads of one transcript's parts in this connection's current transaction. */
    TranscriptTexts.FileReads reads() {
        return new TranscriptTexts.FileReads() {
            @Override
            public String text(UUID transcript) {
                return textOf(transcript);
            }

            @Override
            public List<org.kondens.core.model.SpeakerTurn> turns(UUID transcript) {
                return TranscriptRows.turnsOf(Sql.this, transcript);
            }

            @Override
            public java.util.Set<String> interviewerSpeakers() {
                return TranscriptRows.interviewerSpeakers(Sql.this);
            }

            @Override
            public java.util.Map<org.kondens.core.model.Span, org.kondens.core.model.Passage> passages(List<UUID> ids) {
                return MeaningUnitRows.passagesOf(Sql.this, ids);
            }
        };
    }

    /** Transcript texts and turns of this open file: read when asked for, those in use kept at hand. */
    TranscriptTexts transcriptTexts() {
        return transcriptTexts;
    }

    /** One transcript's text, read from the file in the current transaction. */
    String textOf(UUID transcript) {
        return first("SELECT text FROM transcript WHERE id = ?", r -> r.getString(1), transcript)
                .orElseThrow(() -> new StoreException("no transcript " + transcript, null));
    }

    public int update(String sql, Object... args) {
        try (PreparedStatement ps = prepare(sql, args)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("update failed: " + sql, e);
        }
    }

    /**
     * Runs {@code sql} once for each row of arguments with one prepared statement: many rows of
     * one kind (a transcript's speaker turns) without compiling the statement, and the undo
     * triggers it fires, for every row.
     */
    public void updateEach(String sql, List<Object[]> rows) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (Object[] args : rows) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, toSql(args[i]));
                }
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("update failed: " + sql, e);
        }
    }

    /** Rows inserted by one statement of many rows: each call into SQLite costs more than a row. */
    private static final int ROWS_PER_INSERT = 100;

    /**
     * Inserts {@code rows} into {@code into} ("speaker_turn(transcript_id, start, …)"), each row
     * one value per column, {@value #ROWS_PER_INSERT} rows a statement: a transcript's thousands
     * of turns go in as tens of statements, not thousands. Triggers still run for every row.
     */
    public void insertAll(String into, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.get(0).length;
        try (PreparedStatement full = rows.size() >= ROWS_PER_INSERT ? connection.prepareStatement(insert(into, columns, ROWS_PER_INSERT)) : null) {
            for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
                List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
                if (chunk.size() == ROWS_PER_INSERT) {
                    insert(full, chunk);
                } else {
                    try (PreparedStatement last = connection.prepareStatement(insert(into, columns, chunk.size()))) {
                        insert(last, chunk);
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("insert failed: " + into, e);
        }
    }

    private static String insert(String into, int columns, int rows) {
        String row = "(" + String.join(",", java.util.Collections.nCopies(columns, "?")) + ")";
        return "INSERT INTO " + into + " VALUES " + String.join(",", java.util.Collections.nCopies(rows, row));
    }

    private static void insert(PreparedStatement ps, List<Object[]> rows) throws SQLException {
        int p = 1;
        for (Object[] row : rows) {
            for (Object value : row) {
                ps.setObject(p++, toSql(value));
            }
        }
        ps.executeUpdate();
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... args) {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(mapper.map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("query failed: " + sql, e);
        }
    }

    public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... args) {
        List<T> rows = list(sql, mapper, args);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    public long count(String sql, Object... args) {
        return first(sql, rs -> rs.getLong(1), args).orElse(0L);
    }

    /** Runs several statements separated by semicolons (schema scripts). */
    public void script(String sql) {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate(sql);
        } catch (SQLException e) {
            throw new StoreException("script failed", e);
        }
    }

    private PreparedStatement prepare(String sql, Object[] args) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, toSql(args[i]));
        }
        return ps;
    }

    private static Object toSql(Object value) {
        if (value instanceof UUID || value instanceof Instant || value instanceof LocalDate) {
            return value.toString();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value;
    }

    // Column readers, null-safe.

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : UUID.fromString(s);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : InstantText.parse(s);
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : LocalDate.parse(s);
    }

    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
