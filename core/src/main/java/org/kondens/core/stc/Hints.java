package org.kondens.core.stc;

import java.util.ArrayList;
import java.util.List;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Subgroup;

/** The method's rules of thumb (Malterud), checked against a project. */
public final class Hints {

    static final int MAX_THEMES = 8;
    static final int MIN_SUBGROUPS = 2;
    static final int MAX_SUBGROUPS = 6;

    private Hints() {
    }

    public static List<Hint> of(ProjectSnapshot p) {
        List<Hint> hints = new ArrayList<>();
        if (p.themes().size() > MAX_THEMES) {
            hints.add(new Hint(Hint.Kind.TOO_MANY_THEMES, null, p.themes().size()
                    + " preliminary themes: Malterud advises 4–8. Consider merging some before sorting meaning units."));
        }
        for (CodeGroup g : p.codeGroups()) {
            int n = p.subgroupsOf(g.id()).size();
            if (n < MIN_SUBGROUPS) {
                hints.add(new Hint(Hint.Kind.FEW_SUBGROUPS, g.id(), "Code group '" + g.workingName() + "' has " + n
                        + " subgroup" + (n == 1 ? "" : "s") + "; most have 2–6."));
            } else if (n > MAX_SUBGROUPS) {
                hints.add(new Hint(Hint.Kind.MANY_SUBGROUPS, g.id(), "Code group '" + g.workingName() + "' has " + n
                        + " subgroups; more than 6 is hard to present. Could some merge, or become a code group of their own?"));
            }
        }
        for (Subgroup s : p.subgroups()) {
            if (s.condensate().isBlank()) {
                hints.add(new Hint(Hint.Kind.NO_CONDENSATE, s.id(), "Subgroup '" + s.name() + "' has no condensate yet."));
            }
            if (p.quotesOf(s.codeGroupId(), s.id()).isEmpty()) {
                hints.add(new Hint(Hint.Kind.NO_QUOTE, s.id(), "Subgroup '" + s.name() + "' has no illustrative quote yet."));
            }
        }
        for (MeaningUnit u : p.meaningUnits()) {
            if (u.isUnsorted()) {
                hints.add(new Hint(Hint.Kind.UNSORTED_UNIT, u.id(), "Meaning unit " + Rules.shorten(p.textOf(u))
                        + " is in no code group."));
            }
        }
        return hints;
    }
}
