package org.kondens.app.gui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.kondens.app.gui.common.GuiSample;
import org.kondens.app.gui.common.WorkViewTest;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.export.ExportFormat;
import org.kondens.core.model.CodeGroup;
import org.testfx.util.WaitForAsyncUtils;

/** The export work area, headless over the sample study: choose a format, preview it, save it, read the file back. */
class ExportViewTest extends WorkViewTest<ExportView> {

    @Override
    protected ExportView create(Workbench wb) {
        return new ExportView(wb);
    }

    private void openSample(String name) throws Exception {
        Path file = dir.resolve(name);
        GuiSample.open(wb, file);
    }

    private List<String> groupNames() {
        return wb.snapshot().codeGroups().stream().map(g -> g.finalName() == null || g.finalName().isBlank() ? g.workingName()
                : g.finalName()).toList();
    }

    @Test
    void theFindingsTableIsSavedAsAWordFileWithTheCodeGroupsInItsHeaderRow() throws Exception {
        openSample("eksport.kondens");
        interact(() -> view.select(ExportFormat.FINDINGS_DOCX));
        List<String> groups = groupNames();
        assertEquals(4, groups.size());

        // The preview shows what the file will hold: one column per code group.
        List<List<String>> preview = view.shownPreview().rows();
        assertEquals(groups, preview.get(0));
        assertTrue(preview.size() > 1);
        assertEquals(preview.size() * groups.size(), view.preview.getChildren().size(), "every cell is drawn");

        Path out = dir.resolve("ut").resolve("funn.docx");
        interact(() -> view.saveTo(out));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#export-open").queryAs(Button.class).isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.isRegularFile(out));
        assertTrue(lookup("#export-status").queryAs(Label.class).getText().startsWith("✓ Saved funn.docx"));

        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable table = doc.getTables().get(0);
            List<String> header = table.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).map(String::strip).toList();
            assertEquals(groups, header);
            // and the subgroups under them, as the preview showed
            assertEquals(preview.get(1), table.getRow(1).getTableCells().stream().map(XWPFTableCell::getText)
                    .map(String::strip).toList());
        }
    }

    @Test
    void savingOverTheOpenProjectIsRefusedInTheStatusLine() throws Exception {
        openSample("prosjekt.kondens");
        Path project = wb.fileProperty().get();
        interact(() -> view.select(ExportFormat.MATRIX_CSV));
        interact(() -> view.saveTo(project));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#export-status").queryAs(Label.class).getText()
                .matches("(Not saved|✓ Saved).*"));
        assertEquals("Not saved: Cannot save prosjekt.kondens: an export is never saved as a .kondens file, the file type of Kondens "
                + "projects; choose another file name.", lookup("#export-status").queryAs(Label.class).getText());
        interact(() -> wb.close());
        try (var reopened = org.kondens.core.stc.StcProject.open(project)) {
            assertEquals(4, reopened.snapshot().codeGroups().size(), "still the project, not a table");
        }
    }

    @Test
    void rowsLayoutPutsTheCodeGroupsInTheFirstColumn() throws Exception {
        openSample("rader.kondens");
        interact(() -> view.select(ExportFormat.FINDINGS_DOCX));
        clickOn("#export-layout-rows");
        WaitForAsyncUtils.waitForFxEvents();
        List<List<String>> preview = view.shownPreview().rows();
        assertEquals(2, preview.get(0).size());
        List<String> firstColumn = preview.subList(1, preview.size()).stream().map(r -> r.get(0)).filter(s -> !s.isEmpty()).toList();
        assertEquals(groupNames(), firstColumn);

        Path out = dir.resolve("rader.docx");
        interact(() -> view.saveTo(out));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.isRegularFile(out));
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable table = doc.getTables().get(0);
            assertEquals(wb.snapshot().codeGroups().stream().sorted(java.util.Comparator.comparingInt(CodeGroup::order))
                    .map(g -> g.finalName() == null || g.finalName().isBlank() ? g.workingName() : g.finalName()).findFirst().orElseThrow(), table.getRow(1).getCell(0).getText().strip());
        }
    }
}
