package org.kondens.app.gui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kondens.core.search.IndexKeeper;
import org.kondens.core.search.IndexKeeper.State;

/**
 * The search index as the status bar shows it: one line in the UI's language, how far a build
 * has come, and whether there is a build to stop. Set on the UI thread from the index keeper's
 * status; told again when the language changes.
 */
public final class IndexStatus {

    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper building = new ReadOnlyBooleanWrapper();
    private IndexKeeper.Status shown = new IndexKeeper.Status(State.IDLE, 0, 0, null);
    private I18n text;

    IndexStatus(I18n text) {
        this.text = text;
    }

    void show(IndexKeeper.Status status) {
        shown = status;
        building.set(status.state() == State.BUILDING);
        // Without a count yet the bar runs indeterminate rather than sitting at zero.
        progress.set(status.total() > 0 ? (double) status.done() / status.total() : -1);
        line.set(lineOf(status, text));
    }

    void setText(I18n text) {
        this.text = text;
        line.set(lineOf(shown, text));
    }

    static String lineOf(IndexKeeper.Status st, I18n t) {
        return switch (st.state()) {
            case IDLE -> "";
            case BUILDING -> st.total() > 0 ? t.get("index.building.progress", st.done(), st.total()) : t.get("index.building");
            case CANCELLED -> t.get("index.stopped", st.done(), st.total());
            case READY -> t.get("index.ready");
            case FAILED -> t.get("index.failed");
        };
    }

    public ReadOnlyStringProperty lineProperty() {
        return line.getReadOnlyProperty();
    }

    /** Share of transcripts indexed while building (0–1), or -1 while the count is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** True while a build runs: the status bar offers to stop it. */
    public ReadOnlyBooleanProperty buildingProperty() {
        return building.getReadOnlyProperty();
    }
}
