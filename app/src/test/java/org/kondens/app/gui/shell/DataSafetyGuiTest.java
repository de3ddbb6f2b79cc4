package org.kondens.app.gui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import org.kondens.core.model.Backup;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.sample.SampleStudy;
import org.kondens.core.stc.ProjectBackups;
import org.kondens.core.stc.StcProject;
import org.kondens.core.store.Backups;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The window and the project file: a read-only banner, refused edits, File › Restore from backup…. */
class DataSafetyGuiTest extends ApplicationTest {

    @TempDir
    static Path dir;
    Workbench wb;

    @Override
    public void start(Stage stage) {
        wb = new Workbench(new I18n(Locale.ENGLISH), dir.resolve("cache"));
        new AppShell(stage, wb);
        stage.show();
    }

    @AfterEach
    void close() {
        interact(() -> wb.close());
    }

    @Test
    void aWriteProtectedProjectShowsABannerAndRefusesEditsInADialog() throws Exception {
        Path file = dir.resolve("levert.kondens");
        SampleStudy.build(GuiSample.STUDY, file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        open(file);

        Node banner = lookup("#project-banner").query();
        assertTrue(banner.isVisible());
        String text = lookup("#project-banner-text").queryAs(Label.class).getText();
        assertTrue(text.startsWith("levert.kondens is read-only (the file is write-protected)"), text);
        assertFalse(lookup("#banner-restore").query().isVisible(), "nothing to restore: the file is sound");
        assertEquals("Read-only: changes cannot be saved", lookup("#status").queryAs(Label.class).getText());

        ProjectSnapshot before = wb.snapshot();
        interact(() -> wb.edit(p -> p.addTheme("Ny", "")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Window.getWindows().size() > 1);
        WaitForAsyncUtils.waitForFxEvents();
        String header = lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText();
        assertTrue(header.endsWith("levert.kondens is open read-only (the file is write-protected); the change was not saved."), header);
        assertEquals(before, wb.snapshot());
    }

    /** The window shows the project first, then checks and backs it up on the project thread; an edit waits for that. */
    @Test
    void theWindowShowsTheProjectThenBacksItUpBeforeAnyEdit() throws Exception {
        Path file = dir.resolve("ny-studie.kondens");
        SampleStudy.build(GuiSample.STUDY, file);
        assertEquals(List.of(), Backups.list(file));
        ProjectSnapshot built;
        try (StcProject p = StcProject.openReadOnly(file)) {
            built = p.snapshot();
        }
        open(file);
        ProjectSnapshot before = wb.snapshot();
        interact(() -> wb.edit(p -> p.addTheme("Straks", "")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> wb.snapshot() != before);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, Backups.list(file).size(), "backed up once the project was on screen");
        try (StcProject backup = StcProject.openReadOnly(Backups.list(file).get(0))) {
            assertEquals(built, backup.snapshot(), "the backup holds the project as it was opened, not the edit");
        }
        assertEquals("✓ All changes saved", lookup("#status").queryAs(Label.class).getText());
    }

    @Test
    void restoreFromBackupListsTheBackupsAndPutsTheChosenOneInPlace() throws Exception {
        Path file = dir.resolve("studie.kondens");
        SampleStudy.build(GuiSample.STUDY, file);
        StcProject.open(file).close(); // the first open for work makes a backup
        assertEquals(1, Backups.list(file).size());
        ProjectSnapshot atBackup;
        try (StcProject p = StcProject.openReadOnly(Backups.list(file).get(0))) {
            atBackup = p.snapshot();
        }
        open(file);
        ProjectSnapshot before = wb.snapshot();
        interact(() -> wb.edit(p -> p.addTheme("Etter backupen", "")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> wb.snapshot() != before);

        interact(() -> menuItem("menu-restore").fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#backup-list").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<Backup> list = lookup("#backup-list").queryAs(ListView.class);
        assertEquals(1, list.getItems().size());
        assertTrue(RestoreDialog.describe(wb.text(), list.getItems().get(0)).endsWith(
                "—  " + atBackup.transcripts().size() + " transcripts, " + atBackup.meaningUnits().size()
                        + " meaning units, " + atBackup.codeGroups().size() + " code groups"));
        DialogPane pane = (DialogPane) list.getScene().getRoot();
        javafx.scene.control.ButtonType restore = pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
        assertEquals("Restore", restore.getText());
        interact(() -> ((javafx.scene.control.Button) pane.lookupButton(restore)).fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wb.snapshot().themes().size() == atBackup.themes().size());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(atBackup.themes(), wb.snapshot().themes(), "the theme added after the backup is gone");
        assertEquals(atBackup.meaningUnits(), wb.snapshot().meaningUnits());
        String header = lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText();
        assertTrue(header.startsWith("Restored the backup from "), header);
        try (var kept = Files.list(ProjectBackups.folderOf(file))) {
            assertTrue(kept.anyMatch(f -> f.getFileName().toString().endsWith(".kondens.old")), "the replaced file is kept");
        }
    }

    private void open(Path file) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> wb.open(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wb.snapshot() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
