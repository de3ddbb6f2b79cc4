package org.kondens.app.gui.condensation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kondens.app.gui.common.Css;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.MutedText;
import org.kondens.app.gui.common.Passages;
import org.kondens.app.gui.common.UnitCard;
import org.kondens.app.gui.common.Words;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Quote;

/**
 * Choosing an illustrative quote from a meaning unit: the unit's words, where the user may
 * select just the part to quote; the text shown in the thesis (editable, "(…)" for omissions);
 * the label (blank = the informant's own label, so renaming an informant updates the quote).
 */
final class Step3QuoteDialog {

    /** What the user chose: offsets null = the whole unit; label null = the informant's. */
    record Choice(UUID unitId, Integer start, Integer end, String displayText, String label) {
    }

    private Step3QuoteDialog() {
    }

    static Optional<Choice> choose(Window owner, I18n t, ProjectSnapshot s, List<MeaningUnit> units, MeaningUnit preselected) {
        if (units.isEmpty()) {
            return Optional.empty();
        }
        Dialog<ButtonType> d = roomy(owner, t.get("step3.quote.title"), t.get("step3.quote.header"), 720, 560);
        ComboBox<MeaningUnit> unit = new ComboBox<>();
        unit.setId("quote-unit");
        unit.getItems().setAll(units);
        unit.setMaxWidth(Double.MAX_VALUE);
        unit.setCellFactory(v -> unitCell(s));
        unit.setButtonCell(unitCell(s));
        unit.setAccessibleText(t.get("step3.quote.unit"));
        TextArea source = new TextArea();
        source.setId("quote-source");
        source.setEditable(false);
        source.setWrapText(true);
        source.setPrefRowCount(8);
        source.getStyleClass().add("quote-source");
        source.setAccessibleText(t.get("step3.quote.select"));
        VBox.setVgrow(source, Priority.ALWAYS);
        TextArea display = new TextArea();
        display.setId("quote-display");
        display.setWrapText(true);
        display.setPrefRowCount(4);
        display.setMinHeight(90);
        display.setAccessibleText(t.get("step3.quote.display"));
        TextField label = new TextField();
        label.setId("quote-label");
        label.setAccessibleText(t.get("step3.quote.label"));
        unit.valueProperty().addListener((o, a, u) -> {
            source.setText(u == null ? "" : s.textOf(u));
            display.setText(u == null ? "" : s.textOf(u).strip());
            label.setPromptText(u == null ? "" : t.get("step3.quote.labelDefault", UnitCard.informantOf(s, u)));
        });
        source.selectionProperty().addListener((o, a, sel) -> {
            if (sel.getLength() > 0) {
                display.setText(source.getText().substring(sel.getStart(), sel.getEnd()).strip());
            }
        });
        unit.setValue(preselected != null && units.contains(preselected) ? preselected : units.get(0));
        VBox box = new VBox(6, heading(t.get("step3.quote.unit")), unit, heading(t.get("step3.quote.select")), source,
                heading(t.get("step3.quote.display")), display, MutedText.hint(t.get("step3.quote.displayHint")),
                heading(t.get("step3.quote.label")), label);
        d.getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(t.get("step3.quote.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(t.get("step3.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Platform.runLater(source::requestFocus);
        Optional<ButtonType> answer = d.showAndWait();
        if (answer.isEmpty() || answer.get() != ok || unit.getValue() == null) {
            return Optional.empty();
        }
        MeaningUnit u = unit.getValue();
        return Optional.of(choice(u, source.getText(), source.getSelection().getStart(), source.getSelection().getEnd(),
                display.getText(), label.getText()));
    }

    /**
     * The quote made of what was selected in the unit's {@code words} ([{@code from}, {@code to})):
     * the white space at its ends left out; nothing selected, or all the words (with or without the
     * white space around them), quotes the whole unit (offsets null, so the quote follows the unit);
     * a blank label means the informant's own.
     */
    static Choice choice(MeaningUnit u, String words, int from, int to, String display, String label) {
        int[] chosen = Passages.withoutWhiteSpace(words, from, to);
        int[] all = Passages.withoutWhiteSpace(words, 0, words.length());
        boolean part = chosen[1] > chosen[0] && (chosen[0] > all[0] || chosen[1] < all[1]);
        return new Choice(u.id(), part ? u.start() + chosen[0] : null, part ? u.start() + chosen[1] : null, display, blankToNull(label));
    }

    /** Editing a chosen quote's shown text and label. Returns {text, label-or-null}. */
    static Optional<String[]> edit(Window owner, I18n t, ProjectSnapshot s, Quote q) {
        Dialog<ButtonType> d = roomy(owner, t.get("step3.quote.editTitle"), t.get("step3.quote.editTitle"), 600, 380);
        TextArea display = new TextArea(q.displayText());
        display.setId("quote-display");
        display.setWrapText(true);
        display.setPrefRowCount(6);
        VBox.setVgrow(display, Priority.ALWAYS);
        TextField label = new TextField(q.label() == null ? "" : q.label());
        label.setId("quote-label");
        MeaningUnit u = s.unitsById().get(q.meaningUnitId());
        if (u != null) {
            label.setPromptText(t.get("step3.quote.labelDefault", UnitCard.informantOf(s, u)));
        }
        VBox box = new VBox(6, heading(t.get("step3.quote.display")), display, MutedText.hint(t.get("step3.quote.displayHint")),
                heading(t.get("step3.quote.label")), label);
        d.getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(t.get("step3.quote.save"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(t.get("step3.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(ok).disableProperty().bind(display.textProperty().isEmpty());
        Optional<ButtonType> answer = d.showAndWait();
        if (answer.isEmpty() || answer.get() != ok) {
            return Optional.empty();
        }
        return Optional.of(new String[] {display.getText(), blankToNull(label.getText())});
    }

    /**
     * A dialog with room for a passage: resizable, at least {@code width} × {@code height}, styled
     * like the app. (Before, the passage sat in five cramped rows and long labels were cut.)
     */
    private static Dialog<ButtonType> roomy(Window owner, String title, String header, double width, double height) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(header);
        d.setResizable(true);
        d.getDialogPane().getStyleClass().add("quote-dialog");
        d.getDialogPane().setMinSize(width, height);
        d.getDialogPane().setPrefSize(width, height);
        Css.style(d.getDialogPane().getScene());
        return d;
    }

    /** A field's title: wraps rather than being cut. */
    private static Label heading(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add("quote-dialog-heading");
        return l;
    }

    private static ListCell<MeaningUnit> unitCell(ProjectSnapshot s) {
        return new ListCell<>() {
            @Override
            protected void updateItem(MeaningUnit u, boolean empty) {
                super.updateItem(u, empty);
                setText(empty || u == null ? null : UnitCard.informantOf(s, u) + " — «" + Words.shorten(s.textOf(u), 80) + "»");
            }
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
