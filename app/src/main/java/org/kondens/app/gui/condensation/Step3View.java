package org.kondens.app.gui.condensation;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kondens.app.gui.common.CodeGroupChooser;
import org.kondens.app.gui.common.FxDialogs;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.MutedText;
import org.kondens.app.gui.common.WorkView;
import org.kondens.app.gui.common.Workbench;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Quote;

/**
 * Step 3, condensation, for one code group at a time: its subgroups as columns of meaning-unit
 * cards (plus "Unsorted"), cards dragged between columns to sort them; below, the condensate
 * (a first-person artificial quotation) of the chosen subgroup and its illustrative quotes.
 * Layout and forwarding only: {@link Step3ViewModel} holds the state and decides.
 */
public final class Step3View implements WorkView {

    private final I18n t;
    private final Step3ViewModel vm;
    private final StackPane node = new StackPane();
    private final CodeGroupChooser chooser;
    private final ComboBox<CodeGroup> groups;
    private final TextField newSubgroup = new TextField();
    private final Step3Editor editor;

    public Step3View(Workbench wb) {
        this.t = wb.text();
        this.vm = new Step3ViewModel(wb, new FxDialogs(this::window));
        this.chooser = new CodeGroupChooser(wb, "step3-group", t.get("step3.codeGroup")).follow(vm.codeGroups(), vm.groupProperty());
        this.groups = chooser.box();
        this.editor = new Step3Editor(wb, vm, this::window);
        Step3Columns columns = new Step3Columns(vm, t, editor);
        BorderPane content = new BorderPane();
        content.setTop(header());
        SplitPane split = new SplitPane(columns.node(), editor.node());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.56);
        content.setCenter(split);
        Label empty = new Label();
        empty.setId("step3-empty");
        empty.getStyleClass().addAll("title-4", "text-muted");
        empty.setWrapText(true);
        empty.setMinHeight(Region.USE_PREF_SIZE);
        empty.setMaxWidth(520);
        empty.textProperty().bind(vm.emptyProperty());
        empty.visibleProperty().bind(vm.emptyProperty().isNotNull());
        content.visibleProperty().bind(vm.emptyProperty().isNull());
        node.getChildren().setAll(content, empty);
        node.setId("step3");
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void shown() {
        Platform.runLater(groups::requestFocus);
    }

    private Node header() {
        HBox row = chooser.captioned(t.get("step3.codeGroup"));
        Label counts = new Label();
        counts.setId("step3-counts");
        counts.getStyleClass().add("text-muted");
        counts.textProperty().bind(vm.countsProperty());
        Button addSubgroup = new Button(t.get("step3.addSubgroup"));
        addSubgroup.setId("step3-addSubgroup");
        addSubgroup.getStyleClass().add("accent");
        addSubgroup.setTooltip(new Tooltip(t.get("step3.addSubgroup.tip")));
        addSubgroup.setMinWidth(Region.USE_PREF_SIZE);
        newSubgroup.setId("step3-newSubgroup");
        newSubgroup.setPromptText(t.get("step3.newSubgroup.prompt"));
        newSubgroup.setAccessibleText(t.get("step3.newSubgroup.prompt"));
        newSubgroup.setPrefColumnCount(16);
        newSubgroup.setMinWidth(160);
        showNewSubgroupField(false);
        addSubgroup.setOnAction(e -> {
            if (newSubgroup.isVisible() && !newSubgroup.getText().isBlank()) {
                commitNewSubgroup();
            } else {
                showNewSubgroupField(true);
                newSubgroup.requestFocus();
            }
        });
        newSubgroup.setOnAction(e -> commitNewSubgroup());
        newSubgroup.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                newSubgroup.clear();
                showNewSubgroupField(false);
            }
        });
        newSubgroup.focusedProperty().addListener((o, was, is) -> {
            if (!is && newSubgroup.getText().isBlank()) {
                showNewSubgroupField(false);
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        row.getChildren().addAll(counts, gap, newSubgroup, addSubgroup);
        VBox box = new VBox(4, row, MutedText.hint(t.get("step3.hint")));
        box.setPadding(new Insets(10, 12, 6, 12));
        return box;
    }

    private void showNewSubgroupField(boolean show) {
        newSubgroup.setVisible(show);
        newSubgroup.setManaged(show);
    }

    private void commitNewSubgroup() {
        String name = newSubgroup.getText();
        if (name.isBlank()) {
            return;
        }
        newSubgroup.clear();
        showNewSubgroupField(false);
        vm.addSubgroup(name);
    }

    private Window window() {
        return node.getScene() == null ? null : node.getScene().getWindow();
    }

    // ---- what the tests call (the same as a drop and the quote dialog)

    CompletableFuture<Void> moveUnit(UUID unitId, UUID subgroupId) {
        return vm.moveUnit(unitId, subgroupId);
    }

    CompletableFuture<Quote> addQuote(UUID unitId, UUID subgroupId, Integer start, Integer end, String display, String label) {
        return vm.addQuote(unitId, subgroupId, start, end, display, label);
    }
}
