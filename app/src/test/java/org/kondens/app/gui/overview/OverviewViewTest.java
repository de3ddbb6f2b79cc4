package org.kondens.app.gui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.kondens.app.gui.common.GuiSample;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.WorkViewTest;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Subgroup;
import org.testfx.util.WaitForAsyncUtils;

/** The overview in Norwegian over the sample: breadth wording from n of N, and hints that appear as the analysis changes. */
class OverviewViewTest extends WorkViewTest<OverviewView> {

    @Override
    protected OverviewView create(Workbench wb) {
        return new OverviewView(wb);
    }

    @Override
    protected I18n language() {
        return new I18n(I18n.NORWEGIAN);
    }

    @Test
    void breadthWordingFollowsNOfN() {
        I18n en = new I18n(Locale.ENGLISH);
        assertEquals("all of the informants", en.get(OverviewMatrix.breadthKey(7, 7)));
        assertEquals("several of the informants", en.get(OverviewMatrix.breadthKey(3, 7)));
        assertEquals("one of the informants", en.get(OverviewMatrix.breadthKey(1, 7)));
        I18n nb = new I18n(I18n.NORWEGIAN);
        assertEquals("alle informantene", nb.get(OverviewMatrix.breadthKey(4, 4)));
        assertEquals("flere av informantene", nb.get(OverviewMatrix.breadthKey(2, 4)));
        assertEquals("én av informantene", nb.get(OverviewMatrix.breadthKey(1, 4)));
    }

    @Test
    void theMatrixAndHintsFollowTheProject() throws Exception {
        Path file = dir.resolve("oversikt.kondens");
        GuiSample.open(wb, file);
        ProjectSnapshot s = wb.snapshot();
        Subgroup sub = s.subgroups().get(0);
        OverviewMatrix m = OverviewMatrix.of(s);
        OverviewMatrix.Row row = m.rows().stream().filter(r -> r.subgroup() != null && r.subgroup().id().equals(sub.id())).findFirst()
                .orElseThrow();
        long contributing = s.meaningUnits().stream().filter(u -> u.isIn(sub.codeGroupId(), sub.id())).map(u -> u.informantId())
                .distinct().count();
        assertEquals(contributing, row.supported());
        Label support = lookup("#overview-support-" + sub.id()).queryAs(Label.class);
        assertTrue(support.getText().startsWith(contributing + " av " + s.informants().size() + " · "), support.getText());
        // The work area of a 1280 px window (less the project pane): the support column is not cut off.
        interact(() -> support.getScene().getWindow().setWidth(1020));
        WaitForAsyncUtils.waitForFxEvents();
        double right = support.localToScene(support.getBoundsInLocal()).getMaxX();
        assertTrue(right <= support.getScene().getWidth(), "support text ends at " + right + " of " + support.getScene().getWidth());

        // A new subgroup without condensate or quote: the overview tells it gently, in Norwegian.
        interact(() -> wb.edit(p -> p.addSubgroup(sub.codeGroupId(), "Nytt mønster")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> wb.snapshot() != s);
        WaitForAsyncUtils.waitForFxEvents();
        VBox hints = lookup("#overview-hints").queryAs(VBox.class);
        String all = hints.lookupAll(".label").stream().map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(all.contains("Subgruppen «Nytt mønster» har ikke kondensat ennå."), all);
        assertTrue(all.contains("Subgruppen «Nytt mønster» har ikke illustrerende sitat ennå."), all);
    }
}
