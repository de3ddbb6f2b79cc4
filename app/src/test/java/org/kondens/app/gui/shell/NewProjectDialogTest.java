package org.kondens.app.gui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.app.gui.common.RecentProjects;

/** Where File › New project's chooser starts (the tests' own preferences node keeps the user's list safe). */
class NewProjectDialogTest {

    @TempDir
    Path dir;

    @Test
    void theChooserStartsBesideTheNewestRecentProjectNotInTheFolderKondensRunsFrom() throws Exception {
        Path project = Files.createFile(Files.createDirectories(dir.resolve("master")).resolve("studie.kondens"));
        RecentProjects.add(project);
        assertEquals(dir.resolve("master").toAbsolutePath(), NewProjectDialog.startFolder());
    }
}
