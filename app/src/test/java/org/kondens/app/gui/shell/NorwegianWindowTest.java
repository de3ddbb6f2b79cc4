package org.kondens.app.gui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.app.gui.common.GuiSample;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.sample.SampleStudy;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** A Norwegian window says core's warnings and refusals, and the dialog buttons, in Norwegian. */
class NorwegianWindowTest extends ApplicationTest {

    @TempDir
    static Path dir;
    Workbench wb;

    @Override
    public void start(Stage stage) {
        wb = new Workbench(new I18n(I18n.NORWEGIAN), dir.resolve("cache"));
        new AppShell(stage, wb);
        stage.show();
    }

    @AfterEach
    void close() {
        interact(() -> {
            Window.getWindows().stream().filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                    .toList().forEach(Window::hide);
            wb.close();
        });
    }

    @Test
    void aWriteProtectedProjectIsExplainedInNorwegianInTheBannerAndTheRefusal() throws Exception {
        Path file = dir.resolve("levert.kondens");
        SampleStudy.build(GuiSample.STUDY, file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        WaitForAsyncUtils.asyncFx(() -> wb.open(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wb.snapshot() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("levert.kondens er skrivebeskyttet (filen er skrivebeskyttet): du kan lese, søke og eksportere, "
                + "men endringer kan ikke lagres.", lookup("#project-banner-text").queryAs(Label.class).getText());

        ProjectSnapshot before = wb.snapshot();
        interact(() -> wb.edit(p -> p.addTheme("Ny", "")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Window.getWindows().size() > 1);
        WaitForAsyncUtils.waitForFxEvents();
        String header = lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText();
        assertTrue(header.endsWith("levert.kondens er åpnet skrivebeskyttet (filen er skrivebeskyttet); endringen ble ikke lagret."),
                header);
        assertEquals(before, wb.snapshot());
    }

    @Test
    void aQuestionHasNorwegianButtons() throws Exception {
        interact(() -> new Alert(Alert.AlertType.CONFIRMATION, "Slette temaet?").show());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Avbryt", ((Button) pane.lookupButton(ButtonType.CANCEL)).getText());
        assertEquals("OK", ((Button) pane.lookupButton(ButtonType.OK)).getText());
    }
}
