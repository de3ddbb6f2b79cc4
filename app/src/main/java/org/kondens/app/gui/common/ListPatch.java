package org.kondens.app.gui.common;

import java.util.List;
import java.util.Objects;
import javafx.collections.ObservableList;

/**
 * Brings a shown list up to date by changing only the rows that differ, so a list view keeps its
 * selection and scroll position, and a step's view rebuilds only the rows (columns, cards) that
 * really changed. Rows are compared with {@code equals}: immutable records.
 */
public final class ListPatch {

    private ListPatch() {
    }

    /** Makes {@code shown} equal to {@code fresh}; returns how many rows were set, added or removed. */
    public static <T> int patch(ObservableList<T> shown, List<T> fresh) {
        int changes = 0;
        int common = Math.min(shown.size(), fresh.size());
        for (int i = 0; i < common; i++) {
            if (!Objects.equals(shown.get(i), fresh.get(i))) {
                shown.set(i, fresh.get(i));
                changes++;
            }
        }
        if (shown.size() > fresh.size()) {
            changes += shown.size() - fresh.size();
            shown.remove(fresh.size(), shown.size());
        } else if (fresh.size() > common) {
            changes += fresh.size() - common;
            shown.addAll(fresh.subList(common, fresh.size()));
        }
        return changes;
    }
}
