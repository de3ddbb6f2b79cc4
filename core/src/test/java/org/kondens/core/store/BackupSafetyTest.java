package org.kondens.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.SmallDisk;
import org.kondens.core.TestProjects;
import org.kondens.core.stc.StcProject;

/**
 * Backups that can be trusted: a damaged project never pushes good backups out, a half-made
 * backup never counts, and a backup that cannot be made never stops the user.
 */
class BackupSafetyTest {

    @TempDir
    Path dir;

    private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(1));

    @Test
    void aDamagedProjectIsNotBackedUpSoTheGoodBackupsSurviveAnyNumberOfOpens() throws Exception {
        Path file = projectWithContent();
        for (int day = 0; day < Backups.KEEP; day++) {
            try (StcProject p = openOnDay(file, day)) {
                p.addTheme("Dag " + day, ""); // each day's work, so each next open has something new to back up
            }
        }
        List<Path> good = Backups.list(file);
        assertEquals(Backups.KEEP, good.size());
        Path newest = good.get(good.size() - 1);

        damage(file);
        for (int day = Backups.KEEP; day < 2 * Backups.KEEP + 2; day++) {
            try (StcProject p = openOnDay(file, day)) {
                assertTrue(p.isReadOnly(), "a damaged project opens read-only, so nothing more is lost");
                String warning = String.join(" ", p.warnings());
                assertTrue(warning.startsWith(file + " is damaged ("), warning);
                assertTrue(warning.contains("The newest good backup is " + newest.getFileName()), warning);
                assertTrue(warning.contains("kondens restore " + file + " --from " + newest.getFileName()), warning);
                KondensException e = assertThrows(KondensException.class, () -> p.addTheme("Mer", ""));
                assertEquals(file + " is open read-only (it is damaged); the change was not saved.", e.getMessage());
            }
        }
        assertEquals(good, Backups.list(file), "every good backup is still there; none of the damaged file was added");
    }

    @Test
    void aBackupThatCannotBeMadeIsOneWarningAndTheProjectOpensForWork() throws Exception {
        Path file = projectWithContent();
        Files.writeString(Backups.folderOf(file), "a file where the backups folder should be");
        try (StcProject p = openOnDay(file, 0)) {
            assertFalse(p.isReadOnly());
            assertEquals(1, p.warnings().size(), p.warnings().toString());
            assertTrue(p.warnings().get(0).startsWith("No backup of studie.kondens could be made in " + Backups.folderOf(file) + " ("),
                    p.warnings().get(0));
            p.addTheme("Arbeidet går videre", "");
        }
        try (StcProject p = TestProjects.reopen(file)) {
            assertTrue(p.snapshot().themes().stream().anyMatch(t -> t.name().equals("Arbeidet går videre")));
        }
    }

    @Test
    void aReadOnlyBackupsFolderDoesNotStopTheUser() throws Exception {
        Path file = projectWithContent();
        try (SmallDisk ro = SmallDisk.mount(Backups.folderOf(file), 1024, true)) {
            try (StcProject p = openOnDay(file, 0)) {
                assertFalse(p.isReadOnly());
                assertEquals(List.of("No backup of studie.kondens could be made in " + Backups.folderOf(file)
                        + " (the disk is read-only); your work is saved as usual."), p.warnings());
                p.addTheme("Likevel lagret", "");
            }
        }
    }

    @Test
    void aFullDiskForBackupsLeavesNoHalfBackupBehind() throws Exception {
        Path file = projectWithContent();
        try (SmallDisk small = SmallDisk.mount(Backups.folderOf(file), 64, false)) {
            small.fill();
            try (StcProject p = openOnDay(file, 0)) {
                assertFalse(p.isReadOnly());
                assertEquals(1, p.warnings().size());
                assertEquals("No backup of studie.kondens could be made in " + Backups.folderOf(file)
                        + " (the disk is full); your work is saved as usual.", p.warnings().get(0));
                p.addTheme("Likevel lagret", "");
            }
            assertEquals(List.of(), Backups.list(file), "no backup counted");
            try (var files = Files.list(Backups.folderOf(file))) {
                assertEquals(List.of("filler"), files.map(f -> f.getFileName().toString()).toList(),
                        "no half-written backup is left");
            }
        }
    }

    @Test
    void aHalfWrittenBackupFromAKilledRunIsNeitherListedNorKept() throws Exception {
        Path file = projectWithContent();
        Path folder = Files.createDirectories(Backups.folderOf(file));
        Path partial = Files.write(folder.resolve(".studie-20300101-000000-000.kondens.partial"), new byte[0]);
        assertEquals(List.of(), Backups.list(file), "a 0-byte partial backup never counts as the newest");
        openOnDay(file, 0).close();
        assertEquals(1, Backups.list(file).size());
        assertFalse(Files.exists(partial), "the leftover is cleaned up by the next backup");
        assertTrue(Backups.inspect(Backups.list(file).get(0)).sound());
    }

    @Test
    void backupsAreOwnerOnly() throws Exception {
        Path file = projectWithContent();
        openOnDay(file, 0).close();
        assertEquals("rwx------", perms(Backups.folderOf(file)));
        assertEquals("rw-------", perms(Backups.list(file).get(0)));
        assertEquals("rw-------", perms(file));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private Path projectWithContent() {
        try (StcProject p = TestProjects.newProject(dir)) {
            TestProjects.importInterview(p, dir);
            for (int i = 0; i < 40; i++) {
                p.addTheme("Tema " + i, "Beskrivelse av tema " + i + " ".repeat(200));
            }
            return p.database().file();
        }
    }

    private StcProject openOnDay(Path file, int day) {
        return StcProject.open(file, new ProjectDatabase.OpenOptions(true, Duration.ofMinutes(10),
                Clock.fixed(start.plus(Duration.ofDays(day)), ZoneOffset.UTC)));
    }

    private String stamp(int day) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC)
                .format(start.plus(Duration.ofDays(day)));
    }

    /** Overwrites the last pages (table data, not the header or schema) with garbage. */
    static void damage(Path file) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long pageSize = 4096;
            long pages = raf.length() / pageSize;
            byte[] junk = new byte[(int) pageSize];
            new java.util.Random(3).nextBytes(junk);
            for (long page = pages - 3; page < pages; page++) {
                raf.seek(page * pageSize);
                raf.write(junk);
            }
        }
        List<String> check;
        try {
            check = ProjectDatabaseTest.plainQuery(file, "PRAGMA quick_check");
        } catch (java.sql.SQLException e) {
            check = List.of(e.getMessage());
        }
        assertNotEquals(List.of("ok"), check, "the fixture is damaged");
        assertEquals(List.of(String.valueOf(Schema.APPLICATION_ID)), ProjectDatabaseTest.plainQuery(file, "PRAGMA application_id"),
                "but its header and schema still read: the project still opens");
    }

    static String perms(Path p) throws Exception {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
