package org.kondens.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.SmallDisk;
import org.kondens.core.TestProjects;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.stc.StcProject;

/**
 * A write-protected project (file or folder) opens read-only: everything can be read, every edit
 * is refused in one sentence, and not a byte of the file changes. Commands that only read never
 * write, not even the file's header.
 */
class ReadOnlyTest {

    @TempDir
    Path dir;

    @Test
    void aWriteProtectedFileOpensReadOnlyAndRefusesEdits() throws Exception {
        Path file = project();
        ProjectSnapshot before;
        try (StcProject p = TestProjects.reopen(file)) {
            before = p.snapshot();
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r-----"));
        String hash = ProjectDatabaseTest.sha256(file);
        try (StcProject p = StcProject.open(file)) {
            assertTrue(p.isReadOnly());
            assertEquals(List.of("studie.kondens is read-only (the file is write-protected): you can read, search and export, "
                    + "but changes cannot be saved."), p.warnings());
            assertEquals(before, p.snapshot());
            KondensException e = assertThrows(KondensException.class, () -> p.addTheme("Ny", ""));
            assertEquals(file + " is open read-only (the file is write-protected); the change was not saved.", e.getMessage());
            assertThrows(KondensException.class, p::undo);
        }
        assertEquals(hash, ProjectDatabaseTest.sha256(file), "not a byte changed");
        assertFalse(Files.exists(Backups.folderOf(file)), "no backup of a file that cannot change");
    }

    @Test
    void aProjectInAWriteProtectedFolderOpensReadOnly() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("levert"));
        Path file;
        try (StcProject p = TestProjects.newProject(folder)) {
            file = p.database().file();
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-x---"));
        try (StcProject p = StcProject.open(file)) {
            assertTrue(p.isReadOnly());
            assertTrue(p.warnings().get(0).contains("its folder " + folder + " is write-protected"), p.warnings().toString());
            assertEquals(TestProjects.PROJECT_TITLE, p.project().title());
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aProjectOnAReadOnlyDiskOpensReadOnly() throws Exception {
        Path file = project();
        Path mount = dir.resolve("usb");
        try (SmallDisk disk = SmallDisk.mount(mount, 4096, false)) {
            Path onDisk = mount.resolve("studie.kondens");
            Files.copy(file, onDisk);
            new ProcessBuilder("mount", "-o", "remount,ro", mount.toString()).start().waitFor();
            try (StcProject p = StcProject.open(onDisk)) {
                assertTrue(p.isReadOnly(), p.warnings().toString());
                assertEquals(List.of("studie.kondens is read-only (the disk is read-only): you can read, search and export, "
                        + "but changes cannot be saved."), p.warnings());
                assertEquals(1, p.snapshot().transcripts().size());
            }
        }
    }

    @Test
    void openingToReadNeverChangesTheFile() throws Exception {
        Path file = project();
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L));
        String hash = ProjectDatabaseTest.sha256(file);
        try (StcProject p = StcProject.openReadOnly(file)) {
            assertFalse(p.warnings().stream().anyMatch(w -> w.contains("damaged")));
            p.snapshot();
        }
        try (StcProject p = TestProjects.reopen(file)) {
            p.snapshot(); // opened for work, but nothing edited
        }
        assertEquals(hash, ProjectDatabaseTest.sha256(file), "reading writes nothing, not even the header");
        assertEquals(FileTime.fromMillis(1_000_000_000_000L), Files.getLastModifiedTime(file));
    }

    @Test
    void aReaderMayLookWhileTheProjectIsOpenForWorkElsewhere() throws Exception {
        Path file = project();
        try (StcProject writer = TestProjects.reopen(file)) {
            writer.addTheme("Skrevet", "");
        }
        // (Another process: CrashSafetyTest. In one JVM a second open is refused by design.)
        try (StcProject reader = StcProject.openReadOnly(file)) {
            assertEquals(1, reader.snapshot().themes().size());
        }
    }

    private Path project() {
        try (StcProject p = TestProjects.newProject(dir)) {
            TestProjects.importInterview(p, dir);
            return p.database().file();
        }
    }
}
