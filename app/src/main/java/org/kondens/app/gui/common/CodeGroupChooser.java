package org.kondens.app.gui.common;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Subgroup;

/**
 * The code-group chooser of steps 3 and 4: the groups with their colours; choosing one sets
 * {@code wb.codeGroup}, so every step works on the same group.
 */
public final class CodeGroupChooser {

    private final ComboBox<CodeGroup> box = new ComboBox<>();
    private final Workbench wb;
    private boolean showing;

    public CodeGroupChooser(Workbench wb, String id, String label) {
        this.wb = wb;
        box.setId(id);
        box.setAccessibleText(label);
        box.setCellFactory(v -> groupCell());
        box.setButtonCell(groupCell());
        box.valueProperty().addListener((o, a, g) -> {
            if (!showing && g != null && !g.id().equals(wb.codeGroup.get())) {
                wb.codeGroup.set(g.id());
            }
        });
    }

    /** The combo box, for the view's layout. */
    public ComboBox<CodeGroup> box() {
        return box;
    }

    /**
     * Shows the groups of {@code s} with {@code g} chosen and makes {@code g} and its current
     * subgroup the workbench's choice; returns that subgroup (or null).
     */
    public Subgroup show(ProjectSnapshot s, CodeGroup g) {
        showing = true;
        try {
            if (!g.id().equals(wb.codeGroup.get())) {
                wb.codeGroup.set(g.id());
            }
            box.getItems().setAll(s.codeGroups());
            box.setValue(g);
            Subgroup sub = currentSubgroup(wb, s, g);
            if (!Objects.equals(sub == null ? null : sub.id(), wb.subgroup.get())) {
                wb.subgroup.set(sub == null ? null : sub.id());
            }
            return sub;
        } finally {
            showing = false;
        }
    }

    static ListCell<CodeGroup> groupCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(CodeGroup g, boolean isEmpty) {
                super.updateItem(g, isEmpty);
                if (isEmpty || g == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    setText(g.workingName());
                    setGraphic(swatch(g.color()));
                }
            }
        };
    }

    /** A small square in a code group's colour. */
    public static Region swatch(String color) {
        Region r = new Region();
        r.setMinSize(12, 12);
        r.setPrefSize(12, 12);
        r.setMaxSize(12, 12);
        r.getStyleClass().add("group-swatch");
        if (color != null) {
            r.setStyle("-group-color: " + color + ";");
        }
        return r;
    }

    /** The chosen code group in {@code s}, choosing the first one when none (or a gone one) is chosen. */
    public static CodeGroup currentGroup(Workbench wb, ProjectSnapshot s) {
        if (s == null || s.codeGroups().isEmpty()) {
            return null;
        }
        UUID id = wb.codeGroup.get();
        return s.codeGroups().stream().filter(g -> g.id().equals(id)).findFirst().orElse(s.codeGroups().get(0));
    }

    /** The chosen subgroup if it belongs to {@code g}, else the group's first subgroup (or null). */
    static Subgroup currentSubgroup(Workbench wb, ProjectSnapshot s, CodeGroup g) {
        if (s == null || g == null) {
            return null;
        }
        List<Subgroup> subs = s.subgroupsOf(g.id());
        UUID id = wb.subgroup.get();
        return subs.stream().filter(x -> x.id().equals(id)).findFirst().orElse(subs.isEmpty() ? null : subs.get(0));
    }
}
