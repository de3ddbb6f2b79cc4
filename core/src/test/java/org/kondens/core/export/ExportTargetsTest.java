package org.kondens.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.SmallDisk;
import org.kondens.core.TestProjects;
import org.kondens.core.model.Language;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.stc.StcProject;
import org.kondens.core.store.WriteTargets;

/**
 * An export or a copy never lands on the analysis: not on the project (by any name or link), its
 * backups or side files, nor on a file made read-only; and when writing fails, the message says
 * why, naming the file.
 */
class ExportTargetsTest {

    @TempDir
    Path dir;
    Path project;
    StcProject p;
    ProjectSnapshot before;

    @BeforeEach
    void project() {
        p = TestProjects.newProject(dir);
        project = dir.resolve("studie.kondens");
        TestProjects.importInterview(p, dir);
        before = p.snapshot();
    }

    @AfterEach
    void close() {
        p.close();
    }

    private String refused(Executable write) {
        return assertThrows(KondensException.class, write).getMessage();
    }

    private String exportRefused(ExportFormat format, Path out) {
        return refused(() -> Exports.write(p.snapshot(), format, ExportOptions.DEFAULT, out));
    }

    /** The project as it is on disk, read after closing it (reading an open project would drop its lock). */
    private void assertProjectIntact() {
        p.close();
        p = TestProjects.reopen(project);
        assertEquals(TestProjects.withoutAudit(before), TestProjects.withoutAudit(p.snapshot()));
    }

    @Test
    void noFormatIsEverWrittenOverTheProjectOrAsAKondensFile() {
        // Before: `export P.kondens --format matrix-csv --out P.kondens` replaced the project with the CSV.
        for (ExportFormat f : ExportFormat.values()) {
            assertEquals("Cannot save studie.kondens: an export is never saved as a .kondens file, the file type of Kondens "
                    + "projects; choose another file name.", exportRefused(f, project), f.id());
            assertTrue(exportRefused(f, dir.resolve("ny.KONDENS")).contains("never saved as a .kondens file"), f.id());
        }
        assertFalse(Files.exists(dir.resolve("ny.KONDENS")));
        assertProjectIntact();
    }

    @Test
    void aProjectUnderAnotherNameOrLinkIsRefusedOpenOrClosed() throws IOException {
        Path other = dir.resolve("annen.db");
        Path link = Files.createSymbolicLink(dir.resolve("lenke.csv"), other);
        try (StcProject open = StcProject.create(other, "Annen studie", Language.NB)) {
            assertTrue(exportRefused(ExportFormat.MATRIX_CSV, other).contains("that is the project open in Kondens"));
            assertTrue(exportRefused(ExportFormat.JSON, link).contains("that is the project open in Kondens"));
            assertTrue(refused(() -> p.saveCopy(other)).contains("that is the project open in Kondens"));
        }
        assertTrue(exportRefused(ExportFormat.UNITS_CSV, other).contains("that is a database (perhaps a Kondens project"));
        try (StcProject reopened = TestProjects.reopen(other)) {
            assertEquals("Annen studie", reopened.project().title(), "still the project, not a table");
        }
    }

    @Test
    void backupsAndSideFilesAreRefused() throws IOException {
        Path backups = Files.createDirectories(dir.resolve("studie.kondens.backups"));
        Path backup = Files.writeString(backups.resolve("studie-20260101-120000-000.kondens"), "a backup");
        assertTrue(exportRefused(ExportFormat.UNITS_CSV, backups.resolve("enheter.csv")).contains("inside a project's backups folder"));
        assertTrue(exportRefused(ExportFormat.JSON, backups.resolve("sub/p.json")).contains("inside a project's backups folder"));
        assertTrue(exportRefused(ExportFormat.UNITS_CSV, backups).contains("that is a folder"));
        assertTrue(refused(() -> p.saveCopy(backups.resolve("kopi.kondens"))).contains("inside a project's backups folder"));
        for (String side : List.of("studie.kondens-journal", "studie.kondens-wal", "studie.kondens-shm", "studie.kondens.lock",
                "studie.lock")) {
            Path file = dir.resolve(side);
            long size = Files.exists(file) ? Files.size(file) : -1; // SQLite may keep an empty journal while the project is open
            assertTrue(exportRefused(ExportFormat.JSON, file).contains("a side file of a project"), side);
            assertEquals(size, Files.exists(file) ? Files.size(file) : -1, side);
        }
        assertEquals("a backup", Files.readString(backup));
        assertEquals(List.of("enheter.csv", "p.json"), List.of("enheter.csv", "p.json").stream()
                .filter(n -> !Files.exists(backups.resolve(n))).toList(), "nothing written into the backups");
    }

    @Test
    void aReadOnlyFileIsRefusedEvenForRoot() throws IOException {
        Path table = Files.writeString(dir.resolve("matrise.csv"), "the supervisor's copy");
        Files.setPosixFilePermissions(table, PosixFilePermissions.fromString("r--r--r--"));
        assertEquals("Cannot save matrise.csv: the file is read-only, so Kondens does not replace it; choose another file name "
                + "or make the file writable.", exportRefused(ExportFormat.MATRIX_CSV, table));
        assertEquals("the supervisor's copy", Files.readString(table));
        Files.setPosixFilePermissions(table, PosixFilePermissions.fromString("rw-r--r--"));
        Exports.write(p.snapshot(), ExportFormat.MATRIX_CSV, ExportOptions.DEFAULT, table);
        assertFalse(Files.readString(table).contains("supervisor"), "a writable file is replaced as before");
    }

    @Test
    void aFolderOrAFileInPlaceOfTheFolderIsNamed() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("eksport"));
        assertEquals("Cannot save eksport: that is a folder; give a file name.", exportRefused(ExportFormat.JSON, folder));
        Path file = Files.writeString(dir.resolve("notater.txt"), "x");
        assertEquals("Cannot save funn.docx: " + file + " is a file, not a folder.",
                exportRefused(ExportFormat.FINDINGS_DOCX, file.resolve("funn.docx")));
        Exports.write(p.snapshot(), ExportFormat.JSON, ExportOptions.DEFAULT, dir.resolve("ny/mappe/p.json"));
        assertTrue(Files.isRegularFile(dir.resolve("ny/mappe/p.json")), "a missing folder is made, for every format");
    }

    @Test
    void aFailedWriteSaysWhyAndNeverGuesses() {
        Path out = dir.resolve("ut").resolve("funn.docx");
        assertEquals("Cannot save funn.docx: permission denied (you may not write in " + out.getParent() + ").",
                WriteTargets.cannotWrite(out, new AccessDeniedException(out.toString())).getMessage());
        assertEquals("Cannot save funn.docx: the disk is full.",
                WriteTargets.cannotWrite(out, new FileSystemException(out.toString(), null, "No space left on device")).getMessage());
        assertEquals("Cannot save funn.docx: the disk is full.",
                WriteTargets.cannotWrite(out, new IOException("No space left on device")).getMessage());
        assertEquals("Cannot save funn.docx: the folder " + out.getParent() + " does not exist.",
                WriteTargets.cannotWrite(out, new NoSuchFileException(out.toString())).getMessage());
        assertEquals("Cannot save funn.docx: that is a folder, not a file.",
                WriteTargets.cannotWrite(out, new FileSystemException(out.toString(), null, "Is a directory")).getMessage());
        assertEquals("Cannot save funn.docx: the file is open in another program.", WriteTargets.cannotWrite(out,
                new FileSystemException(out.toString(), null, "The process cannot access the file because it is being used by "
                        + "another process")).getMessage());
    }

    @Test
    void aFullDiskIsNamedAndLeavesNoHalfExport() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("liten"), 64, false)) {
            Path small = disk.folder();
            disk.fill();
            assertEquals("Cannot save p.json: the disk is full.", exportRefused(ExportFormat.JSON, small.resolve("p.json")));
            assertEquals("Cannot save p.qdpx: the disk is full.", exportRefused(ExportFormat.QDPX, small.resolve("p.qdpx")));
            assertFalse(Files.exists(small.resolve("p.json")));
            assertFalse(Files.exists(small.resolve("p.qdpx")));
        }
    }

    @Test
    void saveACopyIsAlwaysANewFile() throws IOException {
        Path copy = dir.resolve("kopi.kondens");
        p.saveCopy(copy);
        try (StcProject opened = TestProjects.reopen(copy)) {
            assertEquals(before.transcripts(), opened.snapshot().transcripts());
        }
        assertEquals("Cannot save kopi.kondens: the file already exists; a copy is always saved as a new file, so choose a new name.",
                refused(() -> p.saveCopy(copy)));
        assertTrue(refused(() -> p.saveCopy(project)).contains("that is the project open in Kondens"));
        Path notes = Files.writeString(dir.resolve("notater.kondens"), "mine");
        assertTrue(refused(() -> p.saveCopy(notes)).contains("already exists"));
        assertEquals("mine", Files.readString(notes));
        assertEquals("Cannot save k.kondens: the folder " + dir.resolve("finnes-ikke") + " does not exist.",
                refused(() -> p.saveCopy(dir.resolve("finnes-ikke/k.kondens"))));
        assertProjectIntact();
    }
}
