package org.kondens.app.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** A shown list follows fresh rows by changing only the rows that differ. */
class ListPatchTest {

    record Row(String name, int count) {
    }

    @Test
    void onlyTheRowsThatDifferAreReplacedAndEqualRowsStayTheSameObjects() {
        Row a = new Row("a", 1);
        Row c = new Row("c", 3);
        ObservableList<Row> shown = FXCollections.observableArrayList(a, new Row("b", 2), c);
        List<Row> replaced = new ArrayList<>();
        shown.addListener((ListChangeListener<Row>) ch -> {
            while (ch.next()) {
                replaced.addAll(ch.getAddedSubList());
            }
        });

        assertEquals(1, ListPatch.patch(shown, List.of(new Row("a", 1), new Row("b", 5), new Row("c", 3))));
        assertEquals(List.of(new Row("b", 5)), replaced);
        assertSame(a, shown.get(0), "an equal row is kept, not replaced");
        assertSame(c, shown.get(2));

        assertEquals(0, ListPatch.patch(shown, List.of(new Row("a", 1), new Row("b", 5), new Row("c", 3))), "nothing new: no change at all");
    }

    @Test
    void aLongerOrShorterListGrowsOrShrinksAtItsEnd() {
        ObservableList<Row> shown = FXCollections.observableArrayList(new Row("a", 1));
        assertEquals(2, ListPatch.patch(shown, List.of(new Row("a", 1), new Row("b", 2), new Row("c", 3))));
        assertEquals(3, shown.size());
        assertEquals(3, ListPatch.patch(shown, List.of(new Row("x", 1))), "one row set, two removed");
        assertEquals(List.of(new Row("x", 1)), shown);
        assertEquals(1, ListPatch.patch(shown, List.of()));
        assertEquals(List.of(), shown);
    }
}
