package org.kondens.app.gui.meaningunits;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.kondens.app.gui.common.I18n;
import org.kondens.app.gui.common.Words;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.Passage;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Transcript;

/**
 * Step 2's rows: the code groups with their counts, and {@link UnitRow}s (the words, who, where,
 * the other groups). A unit's row is written once and kept while the unit and its names stay the
 * same, so a refresh of a group with thousands of units writes only the rows that changed.
 */
final class Step2Rows {

    /** Everything a unit's row is written from: an equal key gives an equal row. */
    private record Key(MeaningUnit unit, String who, String where, List<String> others) {
    }

    private final I18n t;
    private final Map<String, MessageFormat> formats = new HashMap<>();
    private Map<Key, UnitRow> written = new HashMap<>();

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

    /** The rows of {@code units} listed under {@code listedIn} (null = Unsorted): other groups are named. */
    List<UnitRow> unitRows(ProjectSnapshot s, List<MeaningUnit> units, UUID listedIn) {
        Map<UUID, String> who = new HashMap<>();
        s.informants().forEach(i -> who.put(i.id(), i.label()));
        Map<UUID, Transcript> transcripts = new HashMap<>();
        s.transcripts().forEach(tr -> transcripts.put(tr.id(), tr));
        Map<UUID, String> groups = new HashMap<>();
        s.codeGroups().forEach(g -> groups.put(g.id(), g.workingName()));
        Map<Key, UnitRow> now = new HashMap<>();
        List<UnitRow> out = new ArrayList<>(units.size());
        for (MeaningUnit u : units) {
            Transcript tr = transcripts.get(u.transcriptId());
            if (tr == null) {
                continue;
            }
            String name = u.informantId() == null ? format("step2.unit.noInformant") : who.getOrDefault(u.informantId(), "?");
            List<String> others = u.memberships().stream().map(Membership::codeGroupId).filter(id -> !id.equals(listedIn))
                    .map(groups::get).filter(Objects::nonNull).toList();
            Key key = new Key(u, name, tr.title(), others);
            UnitRow row = written.get(key);
            if (row == null) {
                row = write(key, tr);
            }
            now.put(key, row);
            out.add(row);
        }
        written = now;
        return out;
    }

    private UnitRow write(Key k, Transcript tr) {
        MeaningUnit u = k.unit();
        Passage p = tr.passage(u.start(), u.end()); // kept in memory for every unit: no whole text is read
        String text = format("step2.unit.text", Words.shorten(p.text(), 320));
        String line = format("step2.unit.meta", k.who(), k.where(), p.line());
        return new UnitRow(u, text, k.others().isEmpty() ? line : line + " · " + format("step2.unit.alsoInList", String.join(", ", k.others())));
    }

    /** {@link I18n#get} with the pattern parsed once: a group of thousands of units would parse it thousands of times. */
    private String format(String key, Object... args) {
        if (args.length == 0) {
            return t.get(key);
        }
        return formats.computeIfAbsent(key, k -> new MessageFormat(t.get(k).replace("'", "''"), t.locale())).format(args);
    }

}
