package org.kondens.app.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.core.TestProjects;
import org.kondens.core.stc.StcProject;
import org.testfx.framework.junit5.ApplicationTest;

/** The guard every app test runs with: the FX thread cannot touch the database, other threads can. */
class FxThreadGuardTest extends ApplicationTest {

    @TempDir
    Path dir;

    @Override
    public void start(Stage stage) {
        stage.show();
    }

    @Test
    void theDatabaseRefusesTheFxThreadAndTheTestIsTold() {
        try (StcProject p = TestProjects.newProject(dir)) {
            p.addTheme("Fra en arbeidstråd", ""); // the test thread: allowed
            interact(() -> assertThrows(IllegalStateException.class, p::snapshot));
            assertEquals(1, FxThreadGuard.takeViolations().size(), "the refused call is recorded, so afterEach fails the test");
        }
    }
}
