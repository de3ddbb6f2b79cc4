package org.kondens.app.gui.meaningunits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Words;
import org.kondens.app.gui.reader.ReaderStyles;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Informant;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Transcript;

/** Step 2's rows: the code groups with their counts, and {@link UnitRow}s (the words, who, where, the other groups). */
final class Step2Rows {

    private final I18n t;
    /** Line starts per transcript; a transcript's text never changes after import. */
    private final Map<UUID, int[]> lineStarts = new HashMap<>();

    Step2Rows(I18n t) {
        this.t = t;
    }

    /** Every code group with its number of units, then "Unsorted" with the units in no group. */
    static List<Step2ViewModel.GroupRow> groupRows(ProjectSnapshot s) {
        Map<UUID, Integer> counts = new HashMap<>();
        int unsorted = 0;
        for (MeaningUnit u : s.meaningUnits()) {
            if (u.isUnsorted()) {
                unsorted++;
            }
            for (Membership m : u.memberships()) {
                counts.merge(m.codeGroupId(), 1, Integer::sum);
            }
        }
        List<Step2ViewModel.GroupRow> rows = new ArrayList<>();
        for (CodeGroup g : s.codeGroups()) {
            rows.add(new Step2ViewModel.GroupRow(g, counts.getOrDefault(g.id(), 0)));
        }
        rows.add(new Step2ViewModel.GroupRow(null, unsorted));
        return rows;
    }

    /** The preliminary themes "From themes" offers; one named like a group is not free (a second group of that name is refused). */
    static List<Step2ViewModel.ThemeOffer> themeOffers(ProjectSnapshot s) {
        List<Step2ViewModel.ThemeOffer> out = new ArrayList<>();
        for (PreliminaryTheme th : s.themes()) {
            boolean named = s.codeGroups().stream().anyMatch(g -> g.workingName().equalsIgnoreCase(th.name()));
            boolean used = named || s.codeGroups().stream().anyMatch(g -> g.grewFrom().contains(th.id()));
            out.add(new Step2ViewModel.ThemeOffer(th.id(), th.name(), used, !named));
        }
        return out;
    }

    /** The row of {@code u} listed under {@code listedIn} (null = Unsorted): other groups are named. */
    UnitRow row(ProjectSnapshot s, MeaningUnit u, UUID listedIn) {
        String text = t.get("step2.unit.text", Words.shorten(s.textOf(u), 320));
        String who = u.informantId() == null ? t.get("step2.unit.noInformant")
                : s.informant(u.informantId()).map(Informant::label).orElse("?");
        String where = s.transcript(u.transcriptId()).map(Transcript::title).orElse("");
        List<String> others = u.memberships().stream().map(Membership::codeGroupId)
                .filter(id -> !id.equals(listedIn))
                .map(id -> s.codeGroups().stream().filter(g -> g.id().equals(id)).findFirst().orElse(null))
                .filter(Objects::nonNull).map(CodeGroup::workingName).toList();
        String line = t.get("step2.unit.meta", who, where, lineOf(s, u));
        return new UnitRow(u, text, others.isEmpty() ? line : line + " · " + t.get("step2.unit.alsoInList", String.join(", ", others)));
    }

    private int lineOf(ProjectSnapshot s, MeaningUnit u) {
        int[] starts = lineStarts.computeIfAbsent(u.transcriptId(),
                id -> ReaderStyles.lineStarts(s.transcript(id).map(Transcript::text).orElse("")));
        return ReaderStyles.lineOf(starts, u.start()) + 1;
    }
}
