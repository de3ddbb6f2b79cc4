package org.kondens.app.gui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.kondens.app.gui.common.GuiSample;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.WorkViewTest;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Span;
import org.kondens.core.model.Subgroup;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The overview in Norwegian over the sample: the heat map fits a 1280 px window, a cell clicked
 * lists its units and leads to the interview, and hints appear as the analysis changes. The rules
 * behind it are tested in {@link OverviewViewModelTest}.
 */
class OverviewViewTest extends WorkViewTest<OverviewView> {

    @Override
    protected OverviewView create(Workbench wb) {
        return new OverviewView(wb);
    }

    @Override
    protected I18n language() {
        return new I18n(I18n.NORWEGIAN);
    }

    private static String labels(Node box) {
        return box.lookupAll(".label").stream().map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b);
    }

    @Test
    void theMatrixFitsAndHintsFollowTheProject() throws Exception {
        Path file = dir.resolve("oversikt.kondens");
        GuiSample.open(wb, file);
        WaitForAsyncUtils.waitForFxEvents();
        ProjectSnapshot s = wb.snapshot();
        Subgroup sub = s.subgroups().get(0);
        long contributing = s.meaningUnits().stream().filter(u -> u.isIn(sub.codeGroupId(), sub.id())).map(u -> u.informantId())
                .distinct().count();
        Label support = lookup("#overview-support-" + sub.id()).queryAs(Label.class);
        assertTrue(support.getText().startsWith(contributing + " av " + s.informants().size() + " · "), support.getText());
        // The work area of a 1280 px window (less the project pane): the support column is not cut off.
        interact(() -> support.getScene().getWindow().setWidth(1020));
        WaitForAsyncUtils.waitForFxEvents();
        double right = support.localToScene(support.getBoundsInLocal()).getMaxX();
        assertTrue(right <= support.getScene().getWidth(), "support text ends at " + right + " of " + support.getScene().getWidth());

        // A new subgroup without condensate or quote: the overview tells it gently, in Norwegian.
        interact(() -> wb.edit(p -> p.addSubgroup(sub.codeGroupId(), "Nytt mønster")));
        changed(s);
        String all = labels(lookup("#overview-hints").queryAs(VBox.class));
        assertTrue(all.contains("Subgruppen «Nytt mønster» har ikke kondensat ennå."), all);
        assertTrue(all.contains("Subgruppen «Nytt mønster» har ikke illustrerende sitat ennå."), all);
        assertTrue(labels(lookup("#overview-matrix").queryAs(GridPane.class)).contains("Nytt mønster"), "a row for the new subgroup");
    }

    /** Scrolls the overview so {@code n} is in sight, as a user would before clicking it. */
    private void scrollTo(Node n) {
        ScrollPane pane = lookup("#overview-view").queryAs(ScrollPane.class);
        Bounds b = pane.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
        double free = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
        pane.setVvalue(free <= 0 ? 0 : Math.min(1, Math.max(0, (b.getMinY() - 40) / free)));
        pane.layout();
    }

    @Test
    void aClickedCellListsItsUnitsAndOneLeadsToTheInterview() throws Exception {
        GuiSample.open(wb, dir.resolve("celle.kondens"));
        WaitForAsyncUtils.waitForFxEvents();
        ProjectSnapshot s = wb.snapshot();
        MeaningUnit unit = s.meaningUnits().stream().filter(u -> u.informantId() != null && !u.isUnsorted()
                && u.memberships().get(0).subgroupId() != null).findFirst().orElseThrow();
        OverviewMatrix m = view.model().matrixProperty().get();
        OverviewMatrix.Row row = m.rows().stream().filter(r -> unit.memberships().get(0).subgroupId().equals(r.subgroupId()))
                .findFirst().orElseThrow();
        int col = m.informants().stream().map(i -> i.id()).toList().indexOf(unit.informantId());
        String tip = view.model().cellText(row, col);
        Node cell = lookup("#overview-matrix").queryAs(GridPane.class).getChildren().stream()
                .filter(n -> GridPane.getColumnIndex(n) == col + 1 && GridPane.getRowIndex(n) == m.rows().indexOf(row) + 1)
                .findFirst().orElseThrow();
        interact(() -> scrollTo(cell));
        clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(row.subgroupId(), wb.subgroup.get());
        assertTrue(cell.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("selected")),
                "the chosen cell is marked in the heat map");
        VBox units = lookup("#overview-cell-units").queryAs(VBox.class);
        assertEquals(row.counts().get(col).intValue(), units.getChildren().size(), tip);
        Hyperlink first = (Hyperlink) units.getChildren().get(0);
        clickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
        Span shown = wb.reveal.get();
        assertTrue(row.units(s).stream().anyMatch(u -> new Span(u.transcriptId(), u.start(), u.end()).equals(shown)), "a unit of the cell");
    }
}
