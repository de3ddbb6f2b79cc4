package org.kondens.app.gui.common;

import java.util.UUID;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.ProjectSnapshot;

/**
 * The code-group chooser of steps 3 and 4: the groups with their colours; choosing one sets
 * {@code wb.codeGroup}, so every step works on the same group.
 */
public final class CodeGroupChooser {

    private final ComboBox<CodeGroup> box = new ComboBox<>();
    private final Workbench wb;
    
    public CodeGroupChooser(Workbench wb, String id, String label) {
        this.wb = wb;
        box.setId(id);
        box.setAccessibleText(label);
        box.setCellFactory(v -> groupCell());
        box.setButtonCell(groupCell());
        box.valueProperty().addListener((o, a, g) -> {
            if (g != null && !g.id().equals(wb.codeGroup.get())) {
                wb.codeGroup.set(g.id());
            }
        });
    }

    /** The combo box, for the view's layout. */
    public ComboBox<CodeGroup> box() {
        return box;
    }

    /**
     * Lists {@code groups} with {@code chosen} selected and follows both as the view model changes
     * them; the user's choice goes to {@code wb.codeGroup}, which the view model follows in turn.
     */
    public CodeGroupChooser follow(ObservableList<CodeGroup> groups, ObservableValue<CodeGroup> chosen) {
        box.setItems(groups);
        box.setValue(chosen.getValue());
        chosen.addListener((o, a, g) -> box.setValue(g));
        return this;
    }

    /** The step's header start: "Code group:" and the box, as steps 3 and 4 show it. */
    public HBox captioned(String caption) {
        Label label = Styled.label(caption, "title-4");
        label.setMinWidth(Region.USE_PREF_SIZE);
        box.getStyleClass().add("title-4");
        box.setMinWidth(180);
        HBox row = new HBox(10, label, box);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
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
}
