package org.kondens.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.KondensException;
import org.kondens.core.SmallDisk;
import org.kondens.core.TestProjects;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.stc.StcProject;

/** A full disk costs at most the change being made: the project stays exactly as it was. */
class FullDiskTest {

    @TempDir
    Path dir;

    @Test
    void aChangeThatDoesNotFitIsRefusedInOneLineAndTheProjectIsAsItWas() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 1024, false)) {
            Path file;
            try (StcProject p = TestProjects.newProject(disk.folder())) {
                file = p.database().file();
                TestProjects.importInterview(p, dir);
            }
            disk.fill();
            ProjectSnapshot before;
            try (StcProject p = StcProject.open(file)) {
                before = p.snapshot();
                KondensException e = assertThrows(KondensException.class,
                        () -> p.importTranscript(CrashSafetyTest.interviewFile(dir.resolve("i.txt"), 1), List.of()));
                assertTrue(e.getMessage().startsWith(file + ": the disk is full, so the last change was not saved"), e.getMessage());
                assertEquals(1, e.getMessage().lines().count());
                assertEquals(before, p.snapshot(), "the refused import left no trace, not even an audit line");
                assertEquals("ok", p.database().integrityCheck());
            }
            try (StcProject p = StcProject.openReadOnly(file)) {
                assertEquals(TestProjects.PROJECT_TITLE, p.project().title(), "reading works with the disk full");
            }
            Files.delete(disk.folder().resolve("filler"));
            try (StcProject p = TestProjects.reopen(file)) {
                p.addTheme("Plass igjen", "");
                assertEquals("ok", p.database().integrityCheck());
            }
        }
    }
}
