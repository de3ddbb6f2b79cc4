package org.kondens.app.gui;

import java.util.Objects;
import javafx.scene.control.ComboBox;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Subgroup;

/**
 * The code-group chooser of steps 3 and 4: the groups with their colours; choosing one sets
 * {@code wb.codeGroup}, so every step works on the same group.
 */
final class CodeGroupChooser {

    final ComboBox<CodeGroup> box = new ComboBox<>();
    private final Workbench wb;
    private boolean showing;

    CodeGroupChooser(Workbench wb, String id, String label) {
        this.wb = wb;
        box.setId(id);
        box.setAccessibleText(label);
        box.setCellFactory(v -> Step3View.groupCell());
        box.setButtonCell(Step3View.groupCell());
        box.valueProperty().addListener((o, a, g) -> {
            if (!showing && g != null && !g.id().equals(wb.codeGroup.get())) {
                wb.codeGroup.set(g.id());
            }
        });
    }

    /**
     * Shows the groups of {@code s} with {@code g} chosen and makes {@code g} and its current
     * subgroup the workbench's choice; returns that subgroup (or null).
     */
    Subgroup show(ProjectSnapshot s, CodeGroup g) {
        showing = true;
        try {
            if (!g.id().equals(wb.codeGroup.get())) {
                wb.codeGroup.set(g.id());
            }
            box.getItems().setAll(s.codeGroups());
            box.setValue(g);
            Subgroup sub = Step3View.currentSubgroup(wb, s, g);
            if (!Objects.equals(sub == null ? null : sub.id(), wb.subgroup.get())) {
                wb.subgroup.set(sub == null ? null : sub.id());
            }
            return sub;
        } finally {
            showing = false;
        }
    }
}
