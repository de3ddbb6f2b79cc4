package org.kondens.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;
import org.kondens.core.KondensException;
import org.kondens.core.TestProjects;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.stc.StcProject;

/**
 * Opening a project file: the single-writer lock, refusing files that are not (or not yet)
 * Kondens projects without touching them, rolling backups and the integrity check.
 */
class ProjectDatabaseTest {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    @TempDir
    Path dir;

    // --- the lock ------------------------------------------------------------------------------

    @Test
    void aProjectOpenInThisJvmCannotBeOpenedASecondTime() throws Exception {
        try (StcProject p = TestProjects.newProject(dir)) {
            Path file = p.database().file();
            // No hashing of the file here: reading an open project with Java IO drops SQLite's
            // POSIX lock (see CrashSafetyTest). The refusal comes before any write anyway.
            String expected = file + " is already open in another Kondens window or process. Close it there first.";

            KondensException e = assertThrows(KondensException.class, () -> ProjectDatabase.open(file, TestProjects.NO_BACKUP));
            assertEquals(expected, e.getMessage());
            e = assertThrows(KondensException.class, () -> StcProject.open(file, backupsEvery(Duration.ZERO, Instant.now())));
            assertEquals(expected, e.getMessage());
            Path sameFileOtherSpelling = dir.resolve(".").resolve("studie.kondens");
            e = assertThrows(KondensException.class, () -> StcProject.open(sameFileOtherSpelling, TestProjects.NO_BACKUP));
            assertTrue(e.getMessage().contains("is already open"), e.getMessage());

            assertEquals(List.of(), Backups.list(file), "a refused open makes no backup");
            p.setTitle("Fortsatt min");
            assertEquals("Fortsatt min", p.project().title(), "the first window keeps working after a refused open");
        }
        try (StcProject again = TestProjects.reopen(dir.resolve("studie.kondens"))) {
            assertEquals("Fortsatt min", again.project().title(), "closing releases the lock");
        }
    }

    // --- files that are not projects ----------------------------------------------------------

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path file = Files.createFile(dir.resolve("tom.kondens"));
        assertRefusedUntouched(file, file + " is empty, not a Kondens project.");
    }

    @Test
    void aFileOfRandomBytesIsRefused() throws Exception {
        byte[] noise = new byte[8192];
        new Random(20240301).nextBytes(noise);
        Path file = Files.write(dir.resolve("støy.kondens"), noise);
        assertRefusedUntouched(file, file + " is not a Kondens project (not an SQLite database).");
    }

    @Test
    void aFileShorterThanTheSqliteHeaderIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("kort.kondens"), "SQLite");
        assertRefusedUntouched(file, file + " is not a Kondens project (not an SQLite database).");
    }

    @Test
    void aDamagedFileWithAnSqliteHeaderIsRefusedNamingTheFile() throws Exception {
        byte[] bytes = new byte[8192];
        new Random(7).nextBytes(bytes);
        byte[] magic = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        Path file = Files.write(dir.resolve("skadet.kondens"), bytes);
        KondensException e = assertRefused(file);
        assertEquals(file + " is damaged.", e.getMessage(), "no backups to name: none were made of it");
        assertNoTraces(file);
    }

    @Test
    void anSqliteDatabaseWithoutTablesIsRefused() throws Exception {
        Path file = dir.resolve("tom-database.kondens");
        plain(file, "PRAGMA user_version = 7");
        assertTrue(Files.size(file) > 0, "the database has a header page");
        KondensException e = assertRefused(file);
        assertEquals(file + " is an SQLite database, but not a Kondens project.", e.getMessage());
        assertNoTraces(file);
    }

    @Test
    void anotherApplicationsDatabaseIsRefused() throws Exception {
        Path file = dir.resolve("annet-program.kondens");
        plain(file, "PRAGMA application_id = 1598903374; CREATE TABLE project (id TEXT, title TEXT); "
                + "INSERT INTO project VALUES ('x', 'Ikke Kondens')");
        KondensException e = assertRefused(file);
        assertEquals(file + " is an SQLite database, but not a Kondens project.", e.getMessage());
        assertNoTraces(file);
        assertEquals("Ikke Kondens", plainQuery(file, "SELECT title FROM project").get(0));
    }

    @Test
    void aProjectFromANewerKondensIsRefused() throws Exception {
        Path file = newerProject();
        KondensException e = assertRefused(file);
        int newer = Schema.currentVersion() + 1;
        assertEquals(file + " was saved by a newer Kondens (file format " + newer + "; this version reads up to "
                + Schema.currentVersion() + "). Update Kondens to open it.", e.getMessage());
        assertFalse(Files.exists(Path.of(file + "-journal")), "no journal is left behind");
        assertEquals(List.of(String.valueOf(newer)), plainQuery(file, "SELECT version FROM schema_version"),
                "the newer file keeps its version: nothing was migrated backwards");
    }

    /**
     * A refused open must leave the user's file exactly as it was: it may be another program's
     * database, or a project a newer Kondens will open again.
     */
    @Test
    void aRefusedSqliteFileIsLeftByteForByteUnchanged() throws Exception {
        Path empty = dir.resolve("tom-database.kondens");
        plain(empty, "PRAGMA user_version = 7");
        Path other = dir.resolve("annet-program.kondens");
        plain(other, "PRAGMA application_id = 1598903374; CREATE TABLE t (x); INSERT INTO t VALUES (1)");
        Path newer = newerProject();
        Path wal = dir.resolve("annet-program-wal.kondens");
        plain(wal, "PRAGMA journal_mode = WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1)");
        List<String> failures = new ArrayList<>();
        for (Path file : List.of(empty, other, newer, wal)) {
            String before = sha256(file);
            assertRefused(file);
            if (!before.equals(sha256(file))) {
                failures.add(file.getFileName() + " changed");
            }
            if (!Backups.list(file).isEmpty()) {
                failures.add(file.getFileName() + " got a backup");
            }
        }
        assertEquals(List.of(), failures);
    }

    // --- backups ---------------------------------------------------------------------------------

    @Test
    void openingWithBackupsMakesAConsistentCopyThatOpensWithTheSameContent() throws Exception {
        Path file;
        ProjectSnapshot before;
        try (StcProject p = TestProjects.newProject(dir)) {
            file = p.database().file();
            TestProjects.importInterview(p, dir);
            p.addCodeGroup("Trygghet", null, List.of());
            p.addTheme("Å få nøkkel", "");
            before = p.snapshot();
        }
        try (StcProject p = TestProjects.reopen(file)) {
            assertEquals(List.of(), Backups.list(file), "no backups when they are switched off");
        }
        assertFalse(Files.exists(Backups.folderOf(file)));

        Instant t = Instant.parse("2031-05-17T08:30:12.345Z");
        try (StcProject p = StcProject.open(file, backupsEvery(Duration.ofMinutes(10), t))) {
            List<Path> backups = Backups.list(file);
            assertEquals(List.of(Backups.folderOf(file).resolve("studie-" + STAMP.format(t) + ".kondens")), backups);
            assertEquals(dir.resolve("studie.kondens.backups"), Backups.folderOf(file));
            p.setTitle("Etter backup");
            try (StcProject copy = StcProject.open(backups.get(0), TestProjects.NO_BACKUP)) {
                assertEquals("ok", copy.database().integrityCheck());
                assertEquals(Schema.currentVersion(), copy.database().schemaVersion());
                assertEquals(before, copy.snapshot(), "the backup holds the project as it was when it was opened");
                assertEquals(TestProjects.PROJECT_TITLE, copy.project().title());
            }
            assertEquals("Etter backup", p.project().title(), "the project and its backup are separate files");
        }
    }

    @Test
    void backupsAreRotatedKeepingTheNewestFive() throws Exception {
        Path file;
        try (StcProject p = TestProjects.newProject(dir)) {
            file = p.database().file();
        }
        // Each open is a day after the previous one and renames the project, so each backup
        // shows which session it was made before.
        Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(1));
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Instant at = base.plus(Duration.ofDays(i));
            try (StcProject p = StcProject.open(file, backupsEvery(Duration.ofMinutes(10), at))) {
                made.add("studie-" + STAMP.format(at) + ".kondens");
                assertEquals(Math.min(i + 1, Backups.KEEP), Backups.list(file).size(), "after open " + (i + 1));
                p.setTitle("Økt " + i);
            }
        }
        assertEquals(5, Backups.KEEP);
        List<Path> kept = Backups.list(file);
        assertEquals(made.subList(2, 7), kept.stream().map(b -> b.getFileName().toString()).toList(),
                "the two oldest backups were pruned, the five newest kept, oldest first");
        try (var files = Files.list(Backups.folderOf(file))) {
            assertEquals(5, files.count(), "pruned backups are deleted, nothing else is left in the folder");
        }
        for (int k = 0; k < kept.size(); k++) {
            try (StcProject copy = StcProject.open(kept.get(k), TestProjects.NO_BACKUP)) {
                assertEquals("ok", copy.database().integrityCheck());
                assertEquals("Økt " + (k + 1), copy.project().title(), "backup " + kept.get(k).getFileName());
            }
        }
    }

    @Test
    void aBackupIsMadeAtMostOncePerInterval() throws Exception {
        Path file;
        try (StcProject p = TestProjects.newProject(dir)) {
            file = p.database().file();
        }
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(1));
        Duration interval = Duration.ofMinutes(10);
        try (StcProject p = StcProject.open(file, backupsEvery(interval, t))) {
            p.setTitle("Endret etter backupen"); // so the next backup has something new to hold
        }
        assertEquals(1, Backups.list(file).size());
        // The age of the newest backup is its file time; pin it to the (test) clock's time.
        Files.setLastModifiedTime(Backups.list(file).get(0), FileTime.from(t));

        StcProject.open(file, backupsEvery(interval, t.plus(interval).minusMillis(1))).close();
        assertEquals(1, Backups.list(file).size(), "no new backup while the newest is younger than the interval");
        StcProject.open(file, backupsEvery(interval, t.plus(interval))).close();
        assertEquals(2, Backups.list(file).size(), "a new backup once the newest is as old as the interval");
        assertEquals("studie-" + STAMP.format(t.plus(interval)) + ".kondens",
                Backups.list(file).get(1).getFileName().toString());
    }

    @Test
    void saveACopyOfAnOpenProjectIncludesEveryCommittedEdit() throws Exception {
        try (StcProject p = TestProjects.newProject(dir)) {
            p.addTheme("Tema 1", "");
            Path copy = dir.resolve("kopi.kondens");
            p.database().copyTo(copy);
            p.addTheme("Tema 2", "");
            try (StcProject c = StcProject.open(copy, TestProjects.NO_BACKUP)) {
                assertEquals("ok", c.database().integrityCheck());
                assertEquals(List.of("Tema 1"), c.snapshot().themes().stream().map(t -> t.name()).toList());
                assertEquals("Add theme: Tema 1", c.undoName().orElseThrow(), "the undo history comes along");
            }
        }
    }

    // --- integrity and bookkeeping -----------------------------------------------------------------

    @Test
    void aNewProjectIsSoundAndMarkedAsKondens() throws Exception {
        Path file;
        try (StcProject p = TestProjects.newProject(dir)) {
            file = p.database().file();
            TestProjects.importInterview(p, dir);
            assertEquals("ok", p.database().integrityCheck());
            assertEquals(Schema.currentVersion(), p.database().schemaVersion());
            assertEquals(5, Schema.currentVersion(), "update MigrationTest's expectations when adding a migration");
        }
        assertFalse(Files.exists(Path.of(file + "-journal")), "rollback journal, deleted after each commit");
        assertFalse(Files.exists(Path.of(file + "-wal")), "no WAL side file: a project is one file");
        assertEquals(List.of(String.valueOf(Schema.APPLICATION_ID)), plainQuery(file, "PRAGMA application_id"));
        assertEquals(List.of("delete"), plainQuery(file, "PRAGMA journal_mode"));
        try (StcProject p = TestProjects.reopen(file)) {
            assertEquals("ok", p.database().integrityCheck());
            assertEquals(TestProjects.INTERVIEW, p.snapshot().transcripts().get(0).text());
        }
    }

    @Test
    void createRefusesAnExistingFileOfAnyKind() throws Exception {
        Path file = Files.writeString(dir.resolve("notat.kondens"), "ikke et prosjekt");
        String hash = sha256(file);
        KondensException e = assertThrows(KondensException.class, () -> ProjectDatabase.create(file));
        assertEquals(file + " already exists; choose a new file name.", e.getMessage());
        assertEquals(hash, sha256(file));
    }

    // --- helpers -----------------------------------------------------------------------------------

    private static ProjectDatabase.OpenOptions backupsEvery(Duration interval, Instant now) {
        return new ProjectDatabase.OpenOptions(true, interval, Clock.fixed(now, ZoneOffset.UTC));
    }

    /** A valid project whose schema_version says it comes from a future Kondens. */
    private Path newerProject() throws Exception {
        Path file = dir.resolve("fra-fremtiden.kondens");
        StcProject.create(file, "Fra fremtiden", org.kondens.core.model.Language.NB).close();
        plain(file, "UPDATE schema_version SET version = " + (Schema.currentVersion() + 1));
        return file;
    }

    /** Opens {@code file} the way the app does (default options: backups on) and expects a refusal. */
    private static KondensException assertRefused(Path file) {
        Executable open = () -> StcProject.open(file).close();
        KondensException e = assertThrows(KondensException.class, open);
        assertTrue(e.getMessage().contains(file.toString()), "the message names the file: " + e.getMessage());
        return e;
    }

    private static void assertRefusedUntouched(Path file, String message) throws Exception {
        String hash = sha256(file);
        KondensException e = assertRefused(file);
        assertEquals(message, e.getMessage());
        e = assertThrows(KondensException.class, () -> ProjectDatabase.open(file, TestProjects.NO_BACKUP));
        assertEquals(message, e.getMessage());
        assertEquals(hash, sha256(file), "the refused file's bytes are unchanged");
        assertNoTraces(file);
    }

    /** Neither a journal nor a backup folder is left beside a refused file. */
    private static void assertNoTraces(Path file) {
        assertFalse(Files.exists(Path.of(file + "-journal")), "no journal is left behind");
        assertFalse(Files.exists(Backups.folderOf(file)), "a refused file gets no backup folder");
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a script on {@code file} with plain sqlite-jdbc, as another program would. */
    static void plain(Path file, String script) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement st = c.createStatement()) {
            st.executeUpdate(script);
        }
    }

    static List<String> plainQuery(Path file, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
