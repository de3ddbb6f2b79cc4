package org.kondens.app.gui.common;

import java.util.UUID;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kondens.core.model.Informant;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Transcript;

/**
 * A meaning unit as a small card (steps 3 and 4): the start of its words, the informant's label
 * and a ★ when it is an illustrative quote. It can be dragged onto another subgroup column; the
 * drag carries {@link #DRAG_PREFIX} + the unit's id.
 */
public final class UnitCard extends VBox {

    /** What a dragged card puts on the dragboard before the unit's id. */
    static final String DRAG_PREFIX = "kondens-unit:";


    private final MeaningUnit unit;
    private final HBox foot;

    public UnitCard(ProjectSnapshot s, MeaningUnit unit, boolean quoted, I18n t) {
        super(3);
        this.unit = unit;
        String words = s.textOf(unit);
        Label text = new Label("«" + Words.shorten(words, 150) + "»");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Label who = new Label(informantOf(s, unit));
        who.getStyleClass().addAll("text-muted", "text-small");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        foot = new HBox(4, who, gap);
        foot.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (quoted) {
            Label star = new Label("★");
            star.getStyleClass().add("accent");
            star.setTooltip(new Tooltip(t.get("step3.card.quoted")));
            foot.getChildren().add(0, star);
        }
        getChildren().addAll(text, foot);
        setPadding(new Insets(6, 8, 6, 8));
        setFocusTraversable(true);
        setId("unit-" + unit.id());
        getStyleClass().add("unit-card");
        Tooltip.install(this, new Tooltip(Words.shorten(words, 600)));
        setAccessibleText((quoted ? "★ " : "") + Words.shorten(words, 150) + " — " + informantOf(s, unit));
        setOnDragDetected(e -> {
            Dragboard db = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent c = new ClipboardContent();
            c.putString(DRAG_PREFIX + unit.id());
            db.setContent(c);
            db.setDragView(snapshot(null, null));
            e.consume();
        });
    }

    /** Puts {@code badge} (open review comments on the unit) at the card's foot, right. */
    public UnitCard mark(CommentBadge badge) {
        foot.getChildren().add(badge);
        return this;
    }

    MeaningUnit unit() {
        return unit;
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(Css.SELECTED, selected);
    }

    /** The unit id a drag carries, or null when the dragboard holds something else. */
    public static UUID draggedUnit(Dragboard db) {
        if (!db.hasString() || !db.getString().startsWith(DRAG_PREFIX)) {
            return null;
        }
        try {
            return UUID.fromString(db.getString().substring(DRAG_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The informant's label, or the transcript's title when the unit has no informant. */
    public static String informantOf(ProjectSnapshot s, MeaningUnit u) {
        if (u.informantId() != null) {
            var label = s.informant(u.informantId()).map(Informant::label);
            if (label.isPresent()) {
                return label.get();
            }
        }
        return s.transcript(u.transcriptId()).map(Transcript::title).orElse("");
    }

}
