package org.kondens.app.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
}
