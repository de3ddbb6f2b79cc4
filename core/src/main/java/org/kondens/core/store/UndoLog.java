package org.kondens.core.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Undo and redo that survive a restart, kept inside the project file.
 *
 * <p>Every user action runs as one step. While a step runs, triggers on the analysis tables
 * (see {@link Schema#UNDOABLE_TABLES}) write, for each changed row, the SQL that reverts it and
 * the SQL that replays it, in the same transaction as the change. Undo runs a step's revert SQL
 * newest first; redo runs its replay SQL oldest first. Because the triggers see every row an
 * operation touches, no operation can forget part of its inverse, which a hand-written
 * {@code revert()} per command easily does (this is SQLite's documented undo/redo technique).
 *
 * <p>Undone steps form a suffix of the log; a new step discards them (no redo after a new edit).
 * An edit that changes nothing (it writes back the values rows had) is no step and keeps them.
 *
 * <p>The recorded SQL addresses rows by rowid, so it fits only if every write since the log began
 * was recorded: all edits, imports included, are steps. A file written before imports were steps
 * can still hold a step that no longer applies; {@link #conflict} tells such a refusal apart from
 * passing trouble, and {@link #forgetUndo}/{@link #forgetRedo} take the step out so it blocks nothing.
 */
public final class UndoLog {

    /** A step as shown in the Edit menu and the history. */
    public record Step(long id, String action, String detail, String time, boolean undone) {
    }

    // SQLite's primary result codes for a refusal that repeats on every try.
    private static final int SQLITE_ERROR = 1;
    private static final int SQLITE_CONSTRAINT = 19;

    /** The redo of an insert before the step is first undone: made from the row as undo removes it. */
    private static final String REDO_LATER = "";
    private static final java.util.regex.Pattern DELETE_ROW = java.util.regex.Pattern.compile("DELETE FROM (\\w+) WHERE rowid=(-?\\d+)");

    private UndoLog() {
    }

    /** (Re)creates the recording triggers from the current columns; run after every migration. */
    static void installTriggers(Sql sql) {
        for (String trigger : sql.list("SELECT name FROM sqlite_master WHERE type='trigger' AND name LIKE 'undo\\_%' ESCAPE '\\'",
                rs -> rs.getString(1))) {
            sql.script("DROP TRIGGER " + trigger);
        }
        for (String table : Schema.UNDOABLE_TABLES) {
            List<String> columns = sql.list("SELECT name FROM pragma_table_info(?)", rs -> rs.getString(1), table);
            sql.script(triggers(table, columns));
        }
        // The recorded SQL names columns: after a schema change, old steps may no longer apply.
        sql.update("DELETE FROM undo_change");
        sql.update("DELETE FROM undo_step");
    }

    private static String triggers(String table, List<String> columns) {
        String when = "WHEN (SELECT recording FROM undo_state) = 1";
        String record = "INSERT INTO undo_change(step, undo_sql, redo_sql) VALUES ((SELECT step FROM undo_state), %s, %s)";
        // An insert's redo is written when the step is undone (see undo): an imported transcript's
        // text is then not stored a second time in the log for a redo that may never come.
        return "CREATE TRIGGER undo_" + table + "_insert AFTER INSERT ON " + table + " " + when + " BEGIN "
                + record.formatted(deleteSql(table, "new"), "'" + REDO_LATER + "'") + "; END;"
                + "CREATE TRIGGER undo_" + table + "_update AFTER UPDATE ON " + table + " " + when + " BEGIN "
                + record.formatted(updateSql(table, columns, "old"), updateSql(table, columns, "new")) + "; END;"
                + "CREATE TRIGGER undo_" + table + "_delete AFTER DELETE ON " + table + " " + when + " BEGIN "
                + record.formatted(insertSql(table, columns, "old"), deleteSql(table, "old")) + "; END;";
    }

    // Each builder yields an SQL expression that evaluates, inside the trigger, to a statement.

    private static String deleteSql(String table, String row) {
        return "'DELETE FROM " + table + " WHERE rowid=' || " + row + ".rowid";
    }

    private static String insertSql(String table, List<String> columns, String row) {
        String names = String.join(",", columns);
        String values = columns.stream().map(c -> "quote(" + row + "." + c + ")").collect(Collectors.joining(" || ',' || "));
        return "'INSERT INTO " + table + "(rowid," + names + ") VALUES(' || " + row + ".rowid || ',' || " + values + " || ')'";
    }

    private static String updateSql(String table, List<String> columns, String row) {
        String sets = columns.stream().map(c -> "'" + c + "=' || quote(" + row + "." + c + ")").collect(Collectors.joining(" || ',' || "));
        return "'UPDATE " + table + " SET ' || " + sets + " || ' WHERE rowid=' || old.rowid";
    }

    static void begin(Sql sql, String action, String detail, String time) {
        sql.update("INSERT INTO undo_step(action, detail, time) VALUES (?, ?, ?)", action, detail, time);
        sql.update("UPDATE undo_state SET recording = 1, step = last_insert_rowid()");
    }

    /** Ends the step under way and returns its id (a step that changed nothing is gone by then). */
    static long end(Sql sql) {
        long step = sql.count("SELECT step FROM undo_state");
        sql.update("UPDATE undo_state SET recording = 0, step = NULL");
        // An UPDATE that wrote back the values a row had (saving an unchanged field) changes nothing.
        sql.update("DELETE FROM undo_change WHERE step = ? AND undo_sql = redo_sql", step);
        if (sql.count("SELECT count(*) FROM undo_change WHERE step = ?", step) == 0) {
            // A step that changed nothing is not worth an Undo menu entry, nor the redo history.
            sql.update("DELETE FROM undo_step WHERE id = ?", step);
        } else {
            // A real edit after undo starts a new branch: the undone steps can no longer be redone.
            sql.update("DELETE FROM undo_change WHERE step IN (SELECT id FROM undo_step WHERE undone = 1)");
            sql.update("DELETE FROM undo_step WHERE undone = 1");
        }
        return step;
    }

    static void forgetAll(Sql sql) {
        sql.update("DELETE FROM undo_change");
        sql.update("DELETE FROM undo_step");
    }

    static Optional<Step> nextUndo(Sql sql) {
        return sql.first("SELECT * FROM undo_step WHERE undone = 0 ORDER BY id DESC LIMIT 1", UndoLog::step);
    }

    static Optional<Step> nextRedo(Sql sql) {
        return sql.first("SELECT * FROM undo_step WHERE undone = 1 ORDER BY id ASC LIMIT 1", UndoLog::step);
    }

    static List<Step> steps(Sql sql) {
        return sql.list("SELECT * FROM undo_step ORDER BY id", UndoLog::step);
    }

    private record Change(long seq, String undoSql, String redoSql) {
    }

    static void undo(Sql sql, Step step) {
        for (Change c : sql.list("SELECT seq, undo_sql, redo_sql FROM undo_change WHERE step = ? ORDER BY seq DESC",
                rs -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3)), step.id())) {
            if (REDO_LATER.equals(c.redoSql())) {
                recordRedoOfInsert(sql, c);
            }
            sql.script(c.undoSql());
        }
        sql.update("UPDATE undo_step SET undone = 1 WHERE id = ?", step.id());
    }

    /**
     * Writes the redo of an insert from the row as it is now. Undo runs newest first, so every
     * later change to the row is undone already: the row is exactly what the step inserted.
     */
    private static void recordRedoOfInsert(Sql sql, Change c) {
        java.util.regex.Matcher m = DELETE_ROW.matcher(c.undoSql());
        if (!m.matches() || !Schema.UNDOABLE_TABLES.contains(m.group(1))) {
            throw new StoreException("unexpected undo of an insert: " + c.undoSql(), null);
        }
        String table = m.group(1);
        List<String> columns = sql.list("SELECT name FROM pragma_table_info(?)", rs -> rs.getString(1), table);
        String redo = sql.first("SELECT " + insertSql(table, columns, table) + " FROM " + table + " WHERE rowid = ?",
                rs -> rs.getString(1), Long.parseLong(m.group(2))).orElseThrow(
                        // A row changed behind the log's back (an old file): a conflict, like a failed constraint.
                        () -> new StoreException("undo failed", new SQLException("the row it inserted is gone", null, SQLITE_ERROR)));
        sql.update("UPDATE undo_change SET redo_sql = ? WHERE seq = ?", redo, c.seq());
    }

    static void redo(Sql sql, Step step) {
        for (String statement : sql.list("SELECT redo_sql FROM undo_change WHERE step = ? ORDER BY seq ASC",
                rs -> rs.getString(1), step.id())) {
            sql.script(statement);
        }
        sql.update("UPDATE undo_step SET undone = 0 WHERE id = ?", step.id());
    }

    /**
     * Why SQLite refused to replay a step for good (a constraint, or SQL that no longer fits the
     * rows), e.g. "FOREIGN KEY constraint failed"; empty for passing trouble such as a full disk.
     */
    public static Optional<String> conflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e) {
                int code = e.getErrorCode() & 0xff;
                return code == SQLITE_CONSTRAINT || code == SQLITE_ERROR ? Optional.of(reason(e.getMessage())) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** SQLite's own words from "[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed: t.c)". */
    private static String reason(String message) {
        int open = message.lastIndexOf('(');
        return open >= 0 && message.endsWith(")") ? message.substring(open + 1, message.length() - 1) : message;
    }

    /**
     * Takes a step whose undo can never apply out of the history. Its changes stay; older steps
     * stay undoable, and undone newer steps redoable (they were undone on top of it).
     */
    public static void forgetUndo(Sql sql, Step step) {
        sql.update("DELETE FROM undo_change WHERE step IN (SELECT id FROM undo_step WHERE id = ? AND undone = 0)", step.id());
        sql.update("DELETE FROM undo_step WHERE id = ? AND undone = 0", step.id());
    }

    /** Takes a step whose redo can never apply out of the history, with the undone steps after it: they build on it. */
    public static void forgetRedo(Sql sql, Step step) {
        sql.update("DELETE FROM undo_change WHERE step IN (SELECT id FROM undo_step WHERE id >= ? AND undone = 1)", step.id());
        sql.update("DELETE FROM undo_step WHERE id >= ? AND undone = 1", step.id());
    }

    private static Step step(ResultSet rs) throws java.sql.SQLException {
        return new Step(rs.getLong("id"), rs.getString("action"), rs.getString("detail"), rs.getString("time"),
                rs.getInt("undone") == 1);
    }
}
