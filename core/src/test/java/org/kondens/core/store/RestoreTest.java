package org.kondens.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.TestProjects;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.stc.StcProject;

/** Restoring a backup: listed with what it holds, put in place safely, the old file kept. */
class RestoreTest {

    @TempDir
    Path dir;

    private final Instant start = Instant.parse("2031-03-01T10:00:00Z");

    @Test
    void backupsAreListedNewestFirstWithWhatTheyHold() throws Exception {
        Path file = project();
        try (StcProject p = openAt(file, 0)) {
            p.addCodeGroup("Trygghet", null, List.of());
        }
        openAt(file, 1).close();
        List<org.kondens.core.model.Backup> listed = Backups.describe(file);
        assertEquals(2, listed.size());
        assertEquals(start.plus(Duration.ofDays(1)), listed.get(0).time(), "newest first");
        assertEquals(start, listed.get(1).time());
        assertTrue(listed.get(0).sound() && listed.get(1).sound());
        assertEquals(1, listed.get(0).transcripts());
        assertEquals(1, listed.get(0).codeGroups(), "the second backup was made after the code group was added");
        assertEquals(0, listed.get(1).codeGroups());
    }

    @Test
    void restoringPutsTheBackupInPlaceAndKeepsTheReplacedFileWithItsStaleJournal() throws Exception {
        Path file = project();
        ProjectSnapshot atBackup;
        try (StcProject p = openAt(file, 0)) {
            atBackup = p.snapshot();
            p.addTheme("Etter backupen", "");
        }
        Path backup = Backups.list(file).get(0);
        // A journal left by a crash of the old file: applied to the restored copy it would corrupt it.
        Path journal = Files.write(Path.of(file + "-journal"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        byte[] oldJournal = Files.readAllBytes(journal);
        byte[] oldBytes = Files.readAllBytes(file);

        Path aside = Backups.restore(file, backup, Clock.fixed(start.plus(Duration.ofDays(2)), ZoneOffset.UTC));

        assertNotNull(aside);
        assertFalse(Files.exists(journal), "the stale journal left with the file it belongs to");
        assertTrue(java.util.Arrays.equals(oldBytes, Files.readAllBytes(aside)), "the replaced file is kept, byte for byte");
        assertTrue(java.util.Arrays.equals(oldJournal, Files.readAllBytes(Path.of(aside + "-journal"))));
        assertEquals(Backups.folderOf(file), aside.getParent());
        assertFalse(Backups.list(file).contains(aside), "the replaced file is not offered as a backup");
        assertEquals("rw-------", BackupSafetyTest.perms(file));
        try (StcProject p = TestProjects.reopen(file)) {
            assertEquals("ok", p.database().integrityCheck());
            assertEquals(atBackup, p.snapshot(), "the project is exactly the backup");
        }
    }

    @Test
    void aProjectThatIsOpenCannotBeRestoredOver() throws Exception {
        Path file = project();
        openAt(file, 0).close();
        Path backup = Backups.list(file).get(0);
        try (StcProject p = TestProjects.reopen(file)) {
            KondensException e = assertThrows(KondensException.class, () -> Backups.restore(file, backup, Clock.systemUTC()));
            assertTrue(e.getMessage().contains("is already open"), e.getMessage());
            p.addTheme("Fortsatt åpen", "");
        }
    }

    @Test
    void aDamagedBackupIsNotRestoredAndTheProjectIsLeftAsItWas() throws Exception {
        Path file = project();
        openAt(file, 0).close();
        Path backup = Backups.list(file).get(0);
        BackupSafetyTest.damage(backup);
        byte[] before = Files.readAllBytes(file);
        KondensException e = assertThrows(KondensException.class, () -> Backups.restore(file, backup, Clock.systemUTC()));
        assertTrue(e.getMessage().startsWith(backup + " cannot be restored: "), e.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)));
        assertFalse(Backups.describe(file).get(0).sound());
    }

    @Test
    void aProjectDamagedBeyondOpeningNamesItsNewestGoodBackup() throws Exception {
        Path file = project();
        openAt(file, 0).close();
        Path backup = Backups.list(file).get(0);
        byte[] bytes = Files.readAllBytes(file);
        java.util.Arrays.fill(bytes, 0, 100, (byte) 0x55); // the header is gone
        Files.write(file, bytes);
        KondensException e = assertThrows(KondensException.class, () -> TestProjects.reopen(file));
        assertTrue(e.getMessage().contains("The newest good backup is " + backup.getFileName()), e.getMessage());
        assertTrue(e.getMessage().contains("kondens restore " + file + " --from " + backup.getFileName()), e.getMessage());

        Backups.restore(file, backup, Clock.systemUTC());
        try (StcProject p = TestProjects.reopen(file)) {
            assertEquals(TestProjects.PROJECT_TITLE, p.project().title());
        }
    }

    private Path project() {
        try (StcProject p = TestProjects.newProject(dir)) {
            TestProjects.importInterview(p, dir);
            return p.database().file();
        }
    }

    private StcProject openAt(Path file, int day) {
        return StcProject.open(file, new ProjectDatabase.OpenOptions(true, Duration.ofMinutes(10),
                Clock.fixed(start.plus(Duration.ofDays(day)), ZoneOffset.UTC)));
    }
}
