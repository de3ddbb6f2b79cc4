package org.kondens.app.gui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.ModelSample;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.Informant;
import org.kondens.core.model.Language;

/** Importing's rules without JavaFX: files read for checking, a bad file one line, labels, one result per file. */
class ImportViewModelTest {

    static final Path STUDY = Path.of("..", "samples", "study");

    @TempDir
    Path dir;
    Workbench wb;

    @BeforeEach
    void open() {
        wb = new Workbench(new I18n(Locale.ENGLISH), dir.resolve("cache"), ModelSample.UI);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private ImportViewModel withProject() {
        ModelSample.await(wb.create(dir.resolve("import.kondens"), "Import", Language.NB));
        return new ImportViewModel(wb, ModelSample.UI);
    }

    @Test
    void filesAreReadForCheckingAndABadFileIsOneLineNotADialog() throws Exception {
        ImportViewModel vm = withProject();
        Path bad = Files.writeString(dir.resolve("bilde.png"), "not a transcript");
        Path broken = Files.writeString(dir.resolve("tom.docx"), "not a zip");
        ModelSample.await(vm.addFiles(List.of(STUDY.resolve("intervju1.txt"), STUDY.resolve("intervju2.docx"), bad, broken,
                STUDY.resolve("intervju1.txt"))));
        List<ImportFile> listed = List.copyOf(vm.files());
        assertEquals(4, listed.size(), "a file already listed is not added twice");
        assertEquals(ImportFile.State.READ, listed.get(0).state.get());
        assertTrue(listed.get(0).speakers().contains("Informant 1: "), listed.get(0).speakers());
        assertTrue(vm.found(listed.get(0)).startsWith(listed.get(0).speakers()), "the speakers and their turns, to check");
        assertEquals(ImportFile.State.UNREADABLE, listed.get(2).state.get());
        assertTrue(vm.found(listed.get(2)).startsWith("✗ ") && vm.found(listed.get(2)).contains(".docx"), vm.found(listed.get(2)));
        assertEquals(ImportFile.State.UNREADABLE, listed.get(3).state.get(), "a damaged file is a line too");
        assertEquals("Import 2 files", vm.runTextProperty().get());
        assertTrue(vm.canRunProperty().get());
        assertEquals(wb.text().get("import.label.fromSpeakers", "Informant 1"), vm.labelPrompt(listed.get(0)));

        assertTrue(vm.remove(listed.get(3)));
        assertEquals(3, vm.files().size());
        assertEquals("Import 2 files", vm.runTextProperty().get(), "an unreadable file never counted");
    }

    @Test
    void theReadFilesAreImportedWithTheirLabelsAndEachGetsItsResult() {
        ImportViewModel vm = withProject();
        ModelSample.await(vm.addFiles(List.of(STUDY.resolve("intervju1.txt"), STUDY.resolve("intervju2.docx"))));
        List<ImportFile> listed = List.copyOf(vm.files());
        listed.get(1).label.set("  Kari ");
        List<ImportViewModel.Imported> results = ModelSample.await(vm.runImport());
        assertEquals(2, results.size());
        assertTrue(results.stream().allMatch(ImportViewModel.Imported::ok));
        assertEquals(2, wb.snapshot().transcripts().size());
        List<String> labels = wb.snapshot().informants().stream().map(Informant::label).toList();
        assertTrue(labels.contains("Kari"), labels.toString());
        assertTrue(labels.contains("Informant 1"), "without a label the speakers name the informant: " + labels);
        assertEquals(ImportFile.State.IMPORTED, listed.get(0).state.get());
        assertTrue(vm.found(listed.get(1)).startsWith("✓ Imported as"), vm.found(listed.get(1)));
        assertEquals("✓ 2 imported", vm.summaryProperty().get());
        assertEquals(ImportViewModel.Outcome.ALL_IMPORTED, vm.outcomeProperty().get());
        assertFalse(vm.runningProperty().get());
        assertFalse(vm.canRunProperty().get(), "nothing left to import");
        assertTrue(wb.snapshot().transcripts().stream().anyMatch(tr -> tr.id().equals(wb.transcript.get())), "the reader shows one of them");

        assertFalse(vm.remove(listed.get(0)), "an imported file stays as the record of it");
        ModelSample.await(vm.addFiles(List.of(STUDY.resolve("intervju1.txt"))));
        assertEquals(3, vm.files().size(), "an imported file may be listed again");
    }

    @Test
    void withoutAProjectNothingCanBeImported() {
        ImportViewModel vm = new ImportViewModel(wb, ModelSample.UI);
        ModelSample.await(vm.addFiles(List.of(STUDY.resolve("intervju1.txt"))).exceptionally(e -> null));
        assertFalse(vm.canRunProperty().get());
        assertEquals(wb.text().get("import.noProject"), vm.summaryProperty().get());
    }
}
