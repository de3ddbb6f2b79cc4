package org.kondens.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * Is this file a Kondens project we can read, and bringing it to this version's schema. The
 * checks only read: a file we refuse is never written, not even its header.
 */
final class FileFormat {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private FileFormat() {
    }

    /** Reads the first bytes with plain Java IO, before SQLite ever opens the file. */
    static void checkLooksLikeSqlite(Path file) {
        byte[] head = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n == 0) {
                throw new KondensException(Problem.PROJECT_EMPTY, file, Backups.restoreHint(file));
            }
            if (n < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
                throw new KondensException(Problem.NOT_SQLITE, file, Backups.restoreHint(file));
            }
        } catch (IOException e) {
            throw new KondensException(e, Problem.CANNOT_READ, file, StoreFailures.reason(e));
        }
    }

    static void checkIsKondens(Path file, Connection connection, Sql sql) throws SQLException {
        int appId = sql.first("PRAGMA application_id", rs -> rs.getInt(1)).orElse(0);
        connection.commit();
        if (appId != Schema.APPLICATION_ID) {
            throw new KondensException(Problem.SQLITE_NOT_KONDENS, file);
        }
    }

    static void checkVersionReadable(Path file, Connection connection, Sql sql) throws SQLException {
        int version = versionOf(sql);
        connection.commit();
        if (version > Schema.currentVersion()) {
            throw newerVersion(file, version);
        }
    }

    /** True when the file is from an older Kondens and needs migrating before it can be read. */
    static boolean isOld(Connection connection, Sql sql) throws SQLException {
        int version = versionOf(sql);
        connection.commit();
        return version < Schema.currentVersion();
    }

    static int versionOf(Sql s) {
        return s.first("SELECT version FROM schema_version", rs -> rs.getInt(1))
                .orElseThrow(() -> new KondensException(Problem.NO_SCHEMA_VERSION));
    }

    /**
     * Makes a file ready for work: rollback journal, and the schema of this version. This writes
     * only when the file is new or older than this Kondens (and then it was backed up).
     */
    static void prepare(Path file, Connection connection, Sql sql, boolean creating) throws SQLException {
        try {
            setJournalModeDelete(connection, sql);
            if (creating) {
                sql.update("PRAGMA application_id = " + Schema.APPLICATION_ID);
                sql.script("CREATE TABLE schema_version (version INTEGER NOT NULL)");
                sql.update("INSERT INTO schema_version VALUES (0)");
            }
            int version = versionOf(sql);
            if (version > Schema.currentVersion()) {
                throw newerVersion(file, version);
            }
            if (version < Schema.currentVersion()) {
                migrate(sql, version);
            }
            connection.commit();
        } catch (RuntimeException | SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    /**
     * A file from an older Kondens opened read-only is read through a migrated copy in memory,
     * so it can be viewed and exported without being changed.
     */
    static Connection migratedCopyInMemory(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        Connection c = DriverManager.getConnection("jdbc:sqlite::memory:", config.toProperties());
        ((SQLiteConnection) c).getDatabase().restore("main", file.toAbsolutePath().toString(), null);
        c.setAutoCommit(false);
        Sql sql = new Sql(c);
        migrate(sql, versionOf(sql), true);
        c.commit();
        return c;
    }

    private static void migrate(Sql sql, int from) {
        migrate(sql, from, false);
    }

    /**
     * Runs the migrations after {@code from}. To rescue a file (read-only, perhaps because it is
     * damaged) what only reads its rows may fail without stopping the open: an index is left out,
     * a passage left to be cut from its text when shown.
     */
    private static void migrate(Sql sql, int from, boolean rescue) {
        for (int v = from; v < Schema.currentVersion(); v++) {
            if (!rescue) {
                sql.script(Schema.MIGRATIONS.get(v));
                continue;
            }
            for (String statement : Schema.MIGRATIONS.get(v).split(";\\s*\\n")) {
                try {
                    sql.script(statement);
                } catch (StoreException e) {
                    if (!statement.strip().startsWith("CREATE INDEX")) {
                        throw e;
                    }
                }
            }
        }
        MeaningUnitRows.fillPassages(sql, rescue); // version 5's columns, for the units an older Kondens made
        sql.update("UPDATE schema_version SET version = ?", Schema.currentVersion());
        UndoLog.installTriggers(sql);
    }

    /** Rollback journal, not WAL (see ProjectDatabase); outside a transaction, as SQLite requires. */
    private static void setJournalModeDelete(Connection connection, Sql sql) throws SQLException {
        connection.commit();
        connection.setAutoCommit(true);
        try {
            sql.first("PRAGMA journal_mode = DELETE", rs -> rs.getString(1));
        } finally {
            connection.setAutoCommit(false);
        }
    }

    private static KondensException newerVersion(Path file, int version) {
        return new KondensException(Problem.NEWER_FILE_FORMAT, file, version, Schema.currentVersion());
    }
}
