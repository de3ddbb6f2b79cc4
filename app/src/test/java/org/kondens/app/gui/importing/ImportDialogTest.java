package org.kondens.app.gui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.Informant;
import org.kondens.core.model.Language;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The import dialog, headless: files are read and checked, then imported with labels, one result per file. */
class ImportDialogTest extends ApplicationTest {

    @TempDir
    static Path dir;
    Workbench wb;
    Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        wb = new Workbench(new I18n(Locale.ENGLISH), dir.resolve("cache"));
        stage.setScene(new Scene(new Label("Kondens"), 300, 200));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        interact(() -> wb.close());
    }

    @Test
    void filesAreReadForCheckingThenImportedWithTheirLabelsAndABadFileIsOneLine() throws Exception {
        interact(() -> wb.create(dir.resolve("import.kondens"), "Import", Language.NB));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wb.snapshot() != null);
        Path study = Path.of("..", "samples", "study");
        Path bad = Files.writeString(dir.resolve("bilde.png"), "not a transcript");
        ImportDialog d = WaitForAsyncUtils.asyncFx(() -> ImportDialog.open(stage, wb)).get(10, TimeUnit.SECONDS);
        interact(() -> d.addFiles(List.of(study.resolve("intervju1.txt"), study.resolve("intervju2.docx"), bad)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> d.listed().stream().noneMatch(f -> f.state.get() == ImportFile.State.READING));
        WaitForAsyncUtils.waitForFxEvents();
        List<ImportFile> listed = d.listed();
        assertEquals(3, listed.size());
        assertEquals(ImportFile.State.READ, listed.get(0).state.get());
        assertTrue(listed.get(0).speakers().contains("Informant 1: "), listed.get(0).speakers());
        assertEquals(ImportFile.State.UNREADABLE, listed.get(2).state.get());
        assertTrue(d.found(listed.get(2)).startsWith("✗"));
        assertEquals("Import 2 files", d.run.getText());

        interact(() -> listed.get(1).label.set("Kari"));
        List<ImportViewModel.Imported> results = WaitForAsyncUtils.asyncFx(() -> d.runImport()).get(10, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, results.size());
        assertTrue(results.stream().allMatch(ImportViewModel.Imported::ok));
        assertEquals(2, wb.snapshot().transcripts().size());
        List<String> labels = wb.snapshot().informants().stream().map(Informant::label).toList();
        assertTrue(labels.contains("Kari"), labels.toString());
        assertTrue(labels.contains("Informant 1"), labels.toString());
        assertEquals(ImportFile.State.IMPORTED, listed.get(0).state.get());
        assertTrue(d.found(listed.get(1)).startsWith("✓ Imported as"), d.found(listed.get(1)));
        assertEquals("✓ 2 imported", d.summary.getText());
        interact(() -> d.stage.hide());
    }
}
