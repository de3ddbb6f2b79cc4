package org.kondens.app.gui.meaningunits;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Popup;
import javafx.stage.PopupWindow;
import org.kondens.app.gui.common.Css;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.reader.TranscriptReader;
import org.kondens.core.model.CodeGroup;

/**
 * The small popup of step 2: a text field with type-ahead over the code groups ("Make meaning
 * unit", Ctrl+M; Enter takes the first match, a name that matches none makes a new group), or a
 * plain name field (rename). Esc or a click elsewhere closes it.
 */
final class Step2Prompt {

    private final Popup popup = new Popup();
    private final TextField field = new TextField();
    private final ListView<Object> list = new ListView<>();
    private final Label hint = new Label();
    private final I18n t;
    private List<CodeGroup> groups = List.of();
    private List<String> themes = List.of();
    private boolean typeAhead;
    private Consumer<GroupChoice> onChoice = c -> { };

    Step2Prompt(I18n t) {
        this.t = t;
        field.setId("step2-prompt-field");
        field.setPrefColumnCount(24);
        list.setId("step2-prompt-list");
        list.setPrefHeight(180);
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                } else if (item instanceof CodeGroup g) {
                    setText(g.workingName());
                    setGraphic(new Rectangle(10, 10, TranscriptReader.color(g.color())));
                } else if (item instanceof GroupChoice.FromTheme th) {
                    setText(t.get("step2.prompt.fromTheme", th.name()));
                    setGraphic(null);
                } else {
                    setText(t.get("step2.prompt.newGroup", item));
                    setGraphic(null);
                }
            }
        });
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        hint.setMaxWidth(300);
        VBox box = new VBox(6, field, list, hint);
        box.setPadding(new Insets(8));
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add("prompt-popup");
        box.getStylesheets().add(Css.STYLESHEET); // a popup's own scene: the app's styles travel with it
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);

        field.textProperty().addListener((o, a, b) -> filter());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && typeAhead) {
                list.getSelectionModel().selectNext();
                e.consume();
            } else if (e.getCode() == KeyCode.UP && typeAhead) {
                list.getSelectionModel().selectPrevious();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                commit();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                popup.hide();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() >= 1 && list.getSelectionModel().getSelectedItem() != null) {
                commit();
            }
        });
    }

    /**
     * Asks for a code group (type-ahead over {@code groups}, in this order, and over the preliminary
     * {@code themes} that have no group yet) at a screen point.
     */
    void chooseGroup(Node owner, double x, double y, boolean above, String title, List<CodeGroup> groups, List<String> themes,
            Consumer<GroupChoice> then) {
        this.groups = groups;
        this.themes = themes;
        this.typeAhead = true;
        this.onChoice = then;
        field.setPromptText(title);
        field.setAccessibleText(title);
        field.setText("");
        list.setVisible(true);
        list.setManaged(true);
        filter();
        popup.setAnchorLocation(above ? PopupWindow.AnchorLocation.CONTENT_BOTTOM_LEFT : PopupWindow.AnchorLocation.CONTENT_TOP_LEFT);
        popup.show(owner, x, y);
        field.requestFocus();
    }

    /** Asks for a name (rename, new group), prefilled with {@code current}. */
    void askName(Node owner, double x, double y, String title, String current, Consumer<String> then) {
        this.groups = List.of();
        this.typeAhead = false;
        this.onChoice = c -> then.accept(c.newName());
        field.setPromptText(title);
        field.setAccessibleText(title);
        field.setText(current == null ? "" : current);
        field.selectAll();
        list.setVisible(false);
        list.setManaged(false);
        hint.setText(t.get("step2.prompt.nameHint"));
        popup.setAnchorLocation(PopupWindow.AnchorLocation.CONTENT_TOP_LEFT);
        popup.show(owner, x, y);
        field.requestFocus();
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    void hide() {
        popup.hide();
    }

    TextField field() {
        return field;
    }

    private void filter() {
        if (!typeAhead) {
            return;
        }
        String q = field.getText().strip();
        List<Object> items = GroupChoice.offers(groups, themes, q);
        list.getItems().setAll(items);
        list.setPrefHeight(Math.max(1, Math.min(items.size(), 7)) * 38 + 8);
        list.getSelectionModel().clearSelection();
        if (!items.isEmpty()) {
            list.getSelectionModel().select(0);
        }
        Object first = items.isEmpty() ? null : items.get(0);
        hint.setText(first instanceof CodeGroup g ? t.get("step2.prompt.enterExisting", g.workingName())
                : first instanceof GroupChoice.FromTheme th ? t.get("step2.prompt.enterTheme", th.name())
                : first != null ? t.get("step2.prompt.enterNew", first) : t.get("step2.prompt.typeHint"));
    }

    private void commit() {
        String q = field.getText().strip();
        GroupChoice c;
        if (typeAhead) {
            Object picked = list.getSelectionModel().getSelectedItem();
            c = picked instanceof CodeGroup g ? GroupChoice.existing(g.id())
                    : picked instanceof GroupChoice.FromTheme th ? GroupChoice.newGroup(th.name())
                    : picked instanceof String name ? GroupChoice.newGroup(name) : GroupChoice.choose(groups, q);
        } else {
            c = q.isEmpty() ? null : GroupChoice.newGroup(q);
        }
        if (c != null) {
            popup.hide();
            onChoice.accept(c);
        }
    }
}
