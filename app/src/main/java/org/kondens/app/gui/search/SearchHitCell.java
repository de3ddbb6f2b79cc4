package org.kondens.app.gui.search;

import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kondens.core.search.SearchHit;

/**
 * One keyword-in-context line: the left context right-aligned so every match starts at the same
 * place, the match in bold, the right context, and who said it in which transcript.
 */
final class SearchHitCell extends ListCell<SearchHit> {

    private final Label left = new Label();
    private final Label match = new Label();
    private final Label right = new Label();
    private final Label meta = new Label();
    private final HBox leftBox = new HBox(left);
    private final HBox line = new HBox(leftBox, match, right, meta);
    private final Function<SearchHit, String> who;

    SearchHitCell(ListView<SearchHit> list, Function<SearchHit, String> who) {
        this.who = who;
        // The left context sits right-aligned in a box of fixed width, so every match starts at the same x.
        left.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        left.setMinWidth(0);
        left.getStyleClass().add("kwic-left");
        leftBox.setAlignment(Pos.CENTER_RIGHT);
        leftBox.minWidthProperty().bind(list.widthProperty().subtract(260).multiply(0.45));
        leftBox.prefWidthProperty().bind(leftBox.minWidthProperty());
        leftBox.maxWidthProperty().bind(leftBox.minWidthProperty());
        left.maxWidthProperty().bind(leftBox.minWidthProperty());
        match.getStyleClass().addAll("text-bold", "kwic-match");
        match.setMinWidth(Region.USE_PREF_SIZE);
        match.setMaxWidth(360);
        right.setTextOverrun(OverrunStyle.ELLIPSIS);
        right.setMinWidth(0);
        right.setMaxWidth(Double.MAX_VALUE);
        right.getStyleClass().add("kwic-right");
        HBox.setHgrow(right, Priority.ALWAYS);
        meta.getStyleClass().addAll("text-muted", "text-small");
        meta.setMinWidth(200);
        meta.setPrefWidth(200);
        meta.setMaxWidth(200);
        meta.setAlignment(Pos.CENTER_RIGHT);
        meta.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        HBox.setMargin(meta, new Insets(0, 0, 0, 12));
        line.setAlignment(Pos.CENTER_LEFT);
        line.setMinWidth(0);
        line.setPrefWidth(0);
        setText(null);
    }

    @Override
    protected void updateItem(SearchHit hit, boolean empty) {
        super.updateItem(hit, empty);
        if (empty || hit == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        left.setText(hit.left());
        match.setText(hit.match());
        right.setText(hit.right());
        meta.setText(who.apply(hit) + " · " + hit.transcriptTitle());
        setAccessibleText(hit.left() + " " + hit.match() + " " + hit.right() + " — " + meta.getText());
        setGraphic(line);
    }
}
