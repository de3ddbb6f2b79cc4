package org.kondens.app.gui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.app.gui.common.GuiSample;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.ProjectSnapshot;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** File › Add a codebook (.qdc): a codebook alone added to the open project, with what was added in a dialog. */
class CodebookMenuTest extends ApplicationTest {

    @TempDir
    static Path dir;
    Workbench wb;
    AppShell shell;

    @Override
    public void start(Stage stage) {
        wb = new Workbench(new I18n(Locale.ENGLISH), dir.resolve("cache"));
        shell = new AppShell(stage, wb);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        interact(() -> wb.close());
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void aCodebookIsAddedToTheOpenProjectAndSaysWhatItAdded() throws Exception {
        assertTrue(menuItem("menu-importQdc").isDisable(), "no project open, nothing to add a codebook to");
        GuiSample.open(wb, dir.resolve("kodebok.kondens"));
        assertFalse(menuItem("menu-importQdc").isDisable());
        ProjectSnapshot before = wb.snapshot();
        Path qdc = Files.writeString(dir.resolve("taguette.qdc"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
                + "<Code guid=\"00000000-0000-4000-8000-000000000001\" name=\"Tillit til tjenesten\" isCodable=\"true\">"
                + "<Description>Når informanten stoler på tjenesten</Description></Code></Codes></CodeBook>");
        interact(() -> shell.window().exchange().importQdc(qdc));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> wb.snapshot() != before);
        CodeGroup added = wb.snapshot().codeGroups().get(wb.snapshot().codeGroups().size() - 1);
        assertEquals("Tillit til tjenesten", added.workingName());
        assertEquals("Når informanten stoler på tjenesten", added.description());
        assertEquals(before.codeGroups().size() + 1, wb.snapshot().codeGroups().size());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Window.getWindows().size() > 1);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Added the codebook taguette.qdc", pane.getHeaderText());
        assertTrue(pane.getContentText().startsWith("taguette.qdc: 1 code groups and 0 subgroups added"), pane.getContentText());

        // The report stays in the project: File › Import log… shows it again, in the project's language.
        interact(() -> pane.getScene().getWindow().hide());
        assertFalse(menuItem("menu-importLog").isDisable());
        @SuppressWarnings("unchecked")
        java.util.concurrent.CompletableFuture<String>[] shown = new java.util.concurrent.CompletableFuture[1];
        interact(() -> shown[0] = shell.window().exchange().showImportLog());
        String log = shown[0].get(20, TimeUnit.SECONDS);
        assertTrue(log.contains("· taguette.qdc\ntaguette.qdc: 1 "), log);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(log, lookup(".dialog-pane").queryAs(DialogPane.class).getContentText());
    }
}
