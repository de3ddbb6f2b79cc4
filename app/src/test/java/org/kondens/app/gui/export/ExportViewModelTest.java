package org.kondens.app.gui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kondens.app.gui.common.ModelSample;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.KondensException;
import org.kondens.core.export.ExportFormat;
import org.kondens.core.export.ExportPreview;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Part;
import org.kondens.core.model.ProjectChange;
import org.kondens.core.model.ProjectSnapshot;

/** Export's rules on the sample study, without JavaFX: format and options, the preview, the target file, saving. */
class ExportViewModelTest {

    @TempDir
    Path dir;

    private static List<String> groupNames(ProjectSnapshot s) {
        return s.codeGroups().stream().map(g -> g.finalName() == null || g.finalName().isBlank() ? g.workingName() : g.finalName()).toList();
    }

    @Test
    void theFindingsTablesPreviewHasAColumnPerCodeGroupOrARowWithTheRowsLayout() {
        try (ModelSample sample = ModelSample.open(dir)) {
            ExportViewModel vm = new ExportViewModel(sample.wb);
            assertEquals(ExportFormat.FINDINGS_DOCX, vm.format.get(), "the findings table comes first");
            assertFalse(vm.formats().contains(ExportFormat.REVIEW_DOCX), "the review document is sent from Export › For review…, "
                    + "which records the round");
            List<String> groups = groupNames(sample.wb.snapshot());
            assertEquals(groups, vm.previewProperty().get().rows().get(0));
            assertEquals("", vm.previewNoteProperty().get());

            vm.rowsLayout.set(true);
            List<List<String>> rows = vm.previewProperty().get().rows();
            assertEquals(2, rows.get(0).size());
            assertEquals(groups, rows.subList(1, rows.size()).stream().map(r -> r.get(0)).filter(x -> !x.isEmpty()).toList());
        }
    }

    @Test
    void theParticipantTableCountsWordsOfTranscriptsNotInMemoryOnTheProjectThread() throws Exception {
        try (ModelSample sample = ModelSample.open(dir)) {
            // An uncoded transcript the reader does not show: its text stays on disk.
            Path txt = Files.writeString(dir.resolve("ukodet.txt"), "I: Hvordan går det?\nInformant 9: Godt 😀, takk for at du spør.\n");
            ModelSample.await(sample.wb.edit(p -> p.importTranscript(org.kondens.core.importer.TranscriptFiles.read(txt), List.of())));
            ProjectSnapshot s = sample.wb.snapshot();
            assertFalse(s.transcripts().getLast().textAtHand());

            ExportViewModel vm = new ExportViewModel(sample.wb);
            vm.format.set(ExportFormat.PARTICIPANTS_DOCX);
            ModelSample.await(sample.wb.read(p -> null)); // the preview's read went before this one

            ExportPreview expected = org.kondens.core.export.Exports.preview(s, ExportFormat.PARTICIPANTS_DOCX, vm.options());
            assertEquals(expected.rows(), vm.previewProperty().get().rows(), "the page counts read on the project thread arrived");
            assertTrue(expected.rows().size() > 2);
        }
    }

    @Test
    void optionsApplyOnlyWhereTheFormatHasThem() {
        try (ModelSample sample = ModelSample.open(dir)) {
            ExportViewModel vm = new ExportViewModel(sample.wb);
            Path template = dir.resolve("mal.dotx");
            vm.template.set(template);
            assertTrue(vm.layoutApplies().get());
            assertTrue(vm.templateApplies().get());
            assertEquals(template, vm.options().template());
            vm.format.set(ExportFormat.MATRIX_CSV);
            assertFalse(vm.layoutApplies().get());
            assertFalse(vm.templateApplies().get());
            assertNull(vm.options().template(), "a CSV file takes no Word template");
            vm.format.set(ExportFormat.JSON);
            assertEquals(sample.wb.text().get("export.preview.json"), vm.previewNoteProperty().get());
        }
    }

    @Test
    void theMatrixPreviewCountsEveryMeaningUnitOnce() {
        try (ModelSample sample = ModelSample.open(dir)) {
            ExportViewModel vm = new ExportViewModel(sample.wb);
            vm.format.set(ExportFormat.MATRIX_XLSX);
            List<List<String>> rows = vm.previewProperty().get().rows();
            List<String> totals = rows.get(rows.size() - 1);
            int informants = rows.get(0).size() - 4;
            long memberships = sample.wb.snapshot().meaningUnits().stream().mapToLong(u -> u.memberships().size()).sum();
            assertEquals(memberships, Long.parseLong(totals.get(2 + informants)));
        }
    }

    @Test
    void theFileOfferedIsNamedAfterTheProjectAndGetsItsExtension() {
        try (ModelSample sample = ModelSample.open(dir)) {
            ExportViewModel vm = new ExportViewModel(sample.wb);
            ProjectSnapshot s = sample.wb.snapshot();
            String name = vm.fileName(s, ExportFormat.FINDINGS_DOCX);
            assertTrue(name.endsWith(".docx"), name);
            assertFalse(name.matches(".*[\\\\/:*?\"<>|].*"), name);
            assertEquals(dir.resolve("funn.docx"), vm.target(dir.resolve("funn")));
            assertEquals(dir.resolve("Funn.DOCX"), vm.target(dir.resolve("Funn.DOCX")));
            vm.format.set(ExportFormat.MATRIX_CSV);
            assertEquals(dir.resolve("funn.docx.csv"), vm.target(dir.resolve("funn.docx")));
        }
    }

    @Test
    void savingWritesTheFileAndOffersToOpenIt() throws Exception {
        try (ModelSample sample = ModelSample.open(dir)) {
            ExportViewModel vm = new ExportViewModel(sample.wb);
            Path out = ModelSample.await(vm.saveAs(dir.resolve("ut").resolve("funn")));
            assertEquals(dir.resolve("ut").resolve("funn.docx"), out);
            assertTrue(Files.size(out) > 0);
            assertEquals(out, vm.savedProperty().get());
            assertEquals(ExportViewModel.Outcome.SAVED, vm.outcomeProperty().get());
            assertTrue(vm.statusProperty().get().startsWith("✓ Saved funn.docx"), vm.statusProperty().get());
            assertFalse(vm.busyProperty().get());
            assertTrue(vm.canSave().get());
            assertEquals(out.getParent(), vm.startFolder(), "the next save starts where this one went");
            vm.format.set(ExportFormat.MATRIX_CSV);
            assertNull(vm.savedProperty().get(), "another format: nothing saved yet to open");
        }
    }

    @Test
    void savingOverTheOpenProjectIsRefusedInTheStatusLine() {
        try (ModelSample sample = ModelSample.open(dir)) {
            ExportViewModel vm = new ExportViewModel(sample.wb);
            Path project = sample.wb.fileProperty().get();
            vm.format.set(ExportFormat.MATRIX_CSV);
            assertThrows(KondensException.class, () -> ModelSample.await(vm.saveTo(project)));
            assertEquals(ExportViewModel.Outcome.REFUSED, vm.outcomeProperty().get());
            assertEquals("Not saved: Cannot save sample.kondens: an export is never saved as a .kondens file, the file type of Kondens "
                    + "projects; choose another file name.", vm.statusProperty().get());
            assertNull(vm.savedProperty().get());
            assertEquals(4, sample.wb.snapshot().codeGroups().size(), "still the project");
        }
    }

    @Test
    void thePreviewFollowsChangesButNotReads() {
        try (ModelSample sample = ModelSample.open(dir)) {
            Workbench wb = sample.wb;
            ExportViewModel vm = new ExportViewModel(wb);
            CodeGroup g = wb.snapshot().codeGroups().get(0);
            ExportPreview before = vm.previewProperty().get();
            vm.apply(new Workbench.Update(wb.snapshot(), ProjectChange.NOTHING));
            assertSame(before, vm.previewProperty().get());
            ModelSample.await(wb.editVoid(p -> p.setFinalName(g.id(), "Et hjem å bygge på")));
            assertEquals("Et hjem å bygge på", vm.previewProperty().get().rows().get(0).get(0));
            vm.apply(new Workbench.Update(wb.snapshot(), new ProjectChange(Set.of(Part.CODE_GROUPS), Set.of())));
            assertEquals("Et hjem å bygge på", vm.previewProperty().get().rows().get(0).get(0));
        }
    }
}
