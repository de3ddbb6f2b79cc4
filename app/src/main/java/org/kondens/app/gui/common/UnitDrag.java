package org.kondens.app.gui.common;

import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Dragging a meaning unit (a step-2 list row, a step-3 card): the dragboard carries the same
 * marker {@link UnitCard#draggedUnit} reads, so every drop target understands every unit drag.
 */
public final class UnitDrag {

    private UnitDrag() {
    }

    /** Starts moving {@code unit} from {@code source}, showing {@code picture} under the pointer. */
    public static void start(Node source, UUID unit, Node picture) {
        Dragboard db = source.startDragAndDrop(TransferMode.MOVE);
        ClipboardContent c = new ClipboardContent();
        c.putString(UnitCard.DRAG_PREFIX + unit);
        db.setContent(c);
        db.setDragView(picture.snapshot(null, null));
    }
}
