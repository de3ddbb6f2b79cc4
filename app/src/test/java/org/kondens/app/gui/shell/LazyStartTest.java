package org.kondens.app.gui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Workbench;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The app's start: the window is drawn first; then the project opens and step 1 is built, the other steps when first shown. */
class LazyStartTest extends ApplicationTest {

    @TempDir
    static Path dir;
    Workbench wb;
    Stage stage;
    /** When the start's "after the first frame" work (opening the project) ran. */
    final AtomicReference<String> afterFirstFrame = new AtomicReference<>("never");

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        wb = new Workbench(new I18n(Locale.ENGLISH), dir.resolve("cache"));
        AppShell.startingUp(stage, wb, shell -> {
            afterFirstFrame.set(stage.isShowing() && stage.getScene().lookup("#step1") == null ? "before the work area" : "too early or late");
        });
        stage.show();
    }

    @AfterEach
    void close() {
        interact(() -> wb.close());
    }

    @Test
    void stepOneIsBuiltAfterTheFirstFrameAndStepTwoOnlyWhenShown() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getScene().lookup("#step1") != null);
        assertEquals("before the work area", afterFirstFrame.get(), "the project opens once the window is shown, first of all");
        assertTrue(lookup("#area-step1").queryAs(ToggleButton.class).isSelected(), "step 1 is the current step from the first frame");
        assertNull(stage.getScene().lookup("#step2"), "step 2 is not built until it is shown");

        clickOn("#area-step2");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(stage.getScene().lookup("#step2"));
        assertEquals(null, stage.getScene().lookup("#step1"), "one work area on screen at a time");
    }
}
