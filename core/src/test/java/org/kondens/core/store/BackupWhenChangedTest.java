package org.kondens.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.TestProjects;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.stc.StcProject;

/**
 * A backup is copied only when the project holds something its newest backup does not: an
 * unchanged project is checked but not copied again, and every kind of change is backed up at
 * the next open.
 */
class BackupWhenChangedTest {

    @TempDir
    Path dir;

    private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(1));

    @Test
    void anUnchangedProjectIsNotCopiedAgainOnLaterOpens() throws Exception {
        Path file = projectWithContent();
        openOnDay(file, 0).close();
        List<Path> first = Backups.list(file);
        assertEquals(1, first.size());
        FileTime made = Files.getLastModifiedTime(first.get(0));
        byte[] bytes = Files.readAllBytes(first.get(0));

        for (int day = 1; day <= 3; day++) {
            openOnDay(file, day).close();
        }
        try (StcProject p = openOnDay(file, 4)) {
            p.snapshot(); // reading is no change
            p.undoName();
        }
        openOnDay(file, 5).close();

        assertEquals(first, Backups.list(file), "the one backup already holds everything the project holds");
        assertEquals(made, Files.getLastModifiedTime(first.get(0)), "the backup was left as it was");
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(first.get(0))));
    }

    @Test
    void everyKindOfChangeIsBackedUpAtTheNextOpen() throws Exception {
        Path file = projectWithContent();
        List<Consumer<StcProject>> changes = List.of(
                p -> p.addTheme("Nytt tema", ""),
                p -> p.undo(),
                p -> p.redo(),
                p -> p.setTitle("Ny tittel"),
                p -> p.database().forgetUndoHistory());
        openOnDay(file, 0).close();
        for (int day = 1; day <= changes.size(); day++) {
            try (StcProject p = openOnDay(file, day)) {
                assertEquals(day, Backups.list(file).size(), "day " + day + ": the previous day's change was backed up");
                changes.get(day - 1).accept(p);
            }
        }
        ProjectSnapshot now;
        try (StcProject p = openOnDay(file, changes.size() + 1)) {
            now = p.snapshot();
        }
        List<Path> backups = Backups.list(file);
        assertEquals(Backups.KEEP, backups.size());
        try (StcProject newest = StcProject.openReadOnly(backups.get(backups.size() - 1))) {
            assertEquals(now, newest.snapshot(), "the newest backup holds the project as it is");
        }
    }

    @Test
    void theStampOfAFreshBackupIsTheProjectsAndAnEditChangesIt() throws Exception {
        Path file = projectWithContent();
        try (StcProject p = openOnDay(file, 0)) {
            String stamp = p.database().read(Backups::stamp);
            assertTrue(Backups.newestHolds(file, stamp), stamp);
            p.addTheme("Etterpå", "");
            String after = p.database().read(Backups::stamp);
            assertTrue(!stamp.equals(after) && !Backups.newestHolds(file, after), stamp + " then " + after);
        }
    }

    @Test
    void aProjectDamagedSinceItsNewestBackupIsStillCaughtAtOpen() throws Exception {
        Path file = projectWithContent();
        Path backup = damagedSinceItsBackup(file);
        try (StcProject p = openOnDay(file, 1)) {
            assertTrue(p.isReadOnly(), "the check runs even when no copy is needed");
            String warning = String.join(" ", p.warnings());
            assertTrue(warning.contains("The newest good backup is " + backup.getFileName()), warning);
        }
        assertEquals(List.of(backup), Backups.list(file));
    }

    /**
     * Opened for the window, a project is checked and backed up once it is on screen, not before:
     * when the app asks, or before the first change, whichever comes first. Either way the
     * backup holds the project as it was opened.
     */
    @Test
    void openedForTheWindowTheBackupFollowsBeforeAnyChange() throws Exception {
        Path file = projectWithContent();
        try (StcProject p = openOnDayBackingUpLater(file, 0)) {
            assertEquals(List.of(), Backups.list(file), "the window did not wait for the copy");
            p.backUpIfPending();
            assertEquals(1, Backups.list(file).size());
            p.backUpIfPending(); // once only
            assertEquals(1, Backups.list(file).size());
        }
        try (StcProject p = openOnDayBackingUpLater(file, 1)) {
            p.setTitle("Endret uten å vente");
        }
        try (StcProject p = openOnDayBackingUpLater(file, 2)) {
            ProjectSnapshot changed = p.snapshot();
            p.addTheme("Enda et tema", ""); // the first change backs the file up first, as it was opened
            List<Path> backups = Backups.list(file);
            assertEquals(2, backups.size(), "day 1's change, backed up before day 2's");
            try (StcProject newest = StcProject.openReadOnly(backups.get(backups.size() - 1))) {
                assertEquals(changed, newest.snapshot(), "the backup holds the project as it was opened, not the new theme");
            }
        }
    }

    /** A file damaged since its newest backup, opened for the window, turns read-only at its check: no change lands in it. */
    @Test
    void aDamagedFileOpenedForTheWindowTurnsReadOnlyAtItsCheck() throws Exception {
        Path file = projectWithContent();
        Path backup = damagedSinceItsBackup(file);
        byte[] damaged = Files.readAllBytes(file);
        try (StcProject p = openOnDayBackingUpLater(file, 1)) {
            KondensException e = assertThrows(KondensException.class, () -> p.setTitle("Skal ikke lagres"));
            assertTrue(e.getMessage().contains("is open read-only"), e.getMessage());
            assertTrue(p.isReadOnly());
            assertTrue(String.join(" ", p.warnings()).contains("The newest good backup is " + backup.getFileName()), p.warnings().toString());
        }
        assertArrayEquals(damaged, Files.readAllBytes(file), "not a byte written");
        assertEquals(List.of(backup), Backups.list(file), "the damaged file pushed no good backup out");
    }

    private StcProject openOnDayBackingUpLater(Path file, int day) {
        return StcProject.open(file, onDay(day).withBackupLater());
    }

    /** Backs {@code file} up, then damages it: the newest backup is the good one it gives back. */
    private Path damagedSinceItsBackup(Path file) throws Exception {
        openOnDay(file, 0).close();
        Path backup = Backups.list(file).get(0);
        BackupSafetyTest.damage(file);
        return backup;
    }

    private Path projectWithContent() {
        try (StcProject p = TestProjects.newProject(dir)) {
            TestProjects.importInterview(p, dir);
            for (int i = 0; i < 40; i++) { // enough pages that damage() hits data, not the schema
                p.addTheme("Tema " + i, "Beskrivelse av tema " + i + " ".repeat(200));
            }
            return p.database().file();
        }
    }

    private StcProject openOnDay(Path file, int day) {
        return StcProject.open(file, onDay(day));
    }

    private ProjectDatabase.OpenOptions onDay(int day) {
        return new ProjectDatabase.OpenOptions(true, Duration.ofMinutes(10), Clock.fixed(start.plus(Duration.ofDays(day)), ZoneOffset.UTC));
    }
}
