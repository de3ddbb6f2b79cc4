package org.kondens.app.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.kondens.core.model.Part;
import org.kondens.core.model.ProjectChange;

/** A view model's refreshes run only for the parts a publish touched, and lists change only where they differ. */
class PartRefreshTest {

    @Test
    void eachRefreshRunsOnlyWhenItsPartsAreTouched() {
        List<String> ran = new ArrayList<>();
        PartRefresh r = new PartRefresh()
                .on(s -> ran.add("themes"), Part.THEMES)
                .on(s -> ran.add("units"), Part.MEANING_UNITS, Part.CODE_GROUPS);
        r.apply(new Workbench.Update(null, new ProjectChange(Set.of(Part.NOTES), Set.of())));
        assertEquals(List.of(), ran);
        r.apply(new Workbench.Update(null, new ProjectChange(Set.of(Part.CODE_GROUPS, Part.MEANING_UNITS), Set.of())));
        assertEquals(List.of("units"), ran, "once per publish, however many of its parts changed");
        r.apply(new Workbench.Update(null, ProjectChange.EVERYTHING));
        assertEquals(List.of("units", "themes", "units"), ran);
        r.apply(new Workbench.Update(null, ProjectChange.NOTHING));
        assertEquals(3, ran.size());
    }

    @Test
    void syncReplacesOnlyTheRowsThatDiffer() {
        ObservableList<String> shown = FXCollections.observableArrayList("a", "b", "c");
        List<String> changes = new ArrayList<>();
        shown.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                changes.add(c.getFrom() + ":" + c.getAddedSubList());
            }
        });
        assertFalse(PartRefresh.sync(shown, List.of("a", "b", "c")));
        assertEquals(List.of(), changes, "the same rows: no change at all");
        assertTrue(PartRefresh.sync(shown, List.of("a", "B", "c")));
        assertEquals(List.of("1:[B]"), changes, "one row differs: only it is replaced");
        assertTrue(PartRefresh.sync(shown, List.of("a", "B")));
        assertEquals(List.of("a", "B"), shown);
    }
}
