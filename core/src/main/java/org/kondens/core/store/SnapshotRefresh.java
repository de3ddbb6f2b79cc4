package org.kondens.core.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kondens.core.model.AuditEntry;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.Part;
import org.kondens.core.model.ProjectChange;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Subgroup;

/**
 * Brings a screen's snapshot up to date after a change by reading again only the parts it
 * touched; the rest, transcript texts and turns above all, is reused. The result equals a fresh
 * {@link ProjectRepository#snapshot()}. The audit trail, which grows with every edit, only ever
 * gains lines at its end: just those are read (an export from the screen still carries it all).
 *
 * <p>Orders that span parts are kept without a read: a unit's memberships follow the code
 * groups' order and a subgroup's condensate sources the units' reading order, so a renamed or
 * moved group, or a moved unit, only re-sorts what is already in memory.
 */
public final class SnapshotRefresh {

    /** Up to this many changed ids, units are re-read one by one; beyond, all at once. */
    private static final int FEW = 200;

    private SnapshotRefresh() {
    }

    /** {@code old} brought up to date for {@code change}; a null {@code old} or a change of everything reads it all. */
    public static ProjectSnapshot refreshed(ProjectRepository r, ProjectSnapshot old, ProjectChange change) {
        if (old == null || change.isEverything()) {
            return r.snapshot();
        }
        boolean transcripts = change.touches(Part.TRANSCRIPTS);
        boolean themes = change.touches(Part.THEMES);
        boolean groupsChanged = change.touches(Part.CODE_GROUPS) || themes;
        List<CodeGroup> groups = groupsChanged ? r.codeGroups() : old.codeGroups();
        boolean unitsRead = change.touches(Part.MEANING_UNITS) || transcripts;
        List<MeaningUnit> units;
        if (unitsRead && (transcripts || change.ids().size() > FEW)) {
            units = r.meaningUnits();
        } else {
            units = unitsRead ? merged(old, r.meaningUnits(change.ids()), change) : old.meaningUnits();
            if (groupsChanged) {
                units = inGroupOrder(units, groups);
            }
        }
        List<Subgroup> subgroups = change.touches(Part.SUBGROUPS) || themes || transcripts ? r.subgroups()
                : groupsChanged || unitsRead ? reordered(old.subgroups(), groups, units) : old.subgroups();
        // The project row is read always: its "modified" time is the newest audit line's.
        return new ProjectSnapshot(r.project(),
                change.touches(Part.PROJECT) ? r.questionHistory() : old.questionHistory(),
                change.touches(Part.INFORMANTS) ? r.informants() : old.informants(),
                change.touches(Part.SESSIONS) ? r.sessions() : old.sessions(),
                transcripts ? r.transcripts() : old.transcripts(),
                transcripts ? r.turns() : old.turns(),
                change.touches(Part.NOTES) ? r.notes() : old.notes(),
                themes ? r.themes() : old.themes(),
                groups, subgroups, units,
                change.touches(Part.QUOTES) ? r.quotes() : old.quotes(),
                withNewLines(old.audit(), r));
    }

    /**
     * The old units without those the change names, and the named ones that are there now, each
     * put in its place in reading order (transcript, start, end, id), as the repository sorts them.
     */
    private static List<MeaningUnit> merged(ProjectSnapshot old, List<MeaningUnit> fresh, ProjectChange change) {
        Map<UUID, Integer> transcriptAt = positions(old.transcripts().stream().map(t -> t.id()).toList());
        Comparator<MeaningUnit> reading = Comparator.<MeaningUnit>comparingInt(u -> transcriptAt.getOrDefault(u.transcriptId(), Integer.MAX_VALUE))
                .thenComparingInt(MeaningUnit::start).thenComparingInt(MeaningUnit::end).thenComparing(u -> u.id().toString());
        List<MeaningUnit> out = new ArrayList<>(old.meaningUnits().size() + fresh.size());
        for (MeaningUnit u : old.meaningUnits()) {
            if (!change.ids().contains(u.id())) {
                out.add(u);
            }
        }
        for (MeaningUnit u : fresh) {
            int at = java.util.Collections.binarySearch(out, u, reading);
            out.add(at < 0 ? -at - 1 : at, u);
        }
        return out;
    }

    private static List<AuditEntry> withNewLines(List<AuditEntry> audit, ProjectRepository r) {
        List<AuditEntry> tail = r.auditAfter(audit.isEmpty() ? Long.MIN_VALUE : audit.getLast().id());
        if (tail.isEmpty()) {
            return audit;
        }
        List<AuditEntry> all = new ArrayList<>(audit.size() + tail.size());
        all.addAll(audit);
        all.addAll(tail);
        return all;
    }

    private static Map<UUID, Integer> positions(List<UUID> ids) {
        Map<UUID, Integer> at = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            at.put(ids.get(i), i);
        }
        return at;
    }

    /** The units with their memberships in the (new) code group order, as the repository reads them. */
    private static List<MeaningUnit> inGroupOrder(List<MeaningUnit> units, List<CodeGroup> groups) {
        Map<UUID, Integer> at = positions(groups.stream().map(CodeGroup::id).toList());
        Comparator<Membership> order = Comparator.comparing(m -> at.getOrDefault(m.codeGroupId(), Integer.MAX_VALUE));
        return units.stream().map(u -> u.memberships().size() < 2 ? u
                : new MeaningUnit(u.id(), u.transcriptId(), u.start(), u.end(), u.informantId(), u.note(), u.created(),
                        u.memberships().stream().sorted(order).toList())).toList();
    }

    /** Subgroups in the (new) group order, each group's own order kept, and sources in the units' reading order. */
    private static List<Subgroup> reordered(List<Subgroup> subgroups, List<CodeGroup> groups, List<MeaningUnit> units) {
        Map<UUID, Integer> groupAt = positions(groups.stream().map(CodeGroup::id).toList());
        Map<UUID, Integer> unitAt = positions(units.stream().map(MeaningUnit::id).toList());
        Comparator<UUID> reading = Comparator.comparing(u -> unitAt.getOrDefault(u, Integer.MAX_VALUE));
        return subgroups.stream()
                .sorted(Comparator.comparing(s -> groupAt.getOrDefault(s.codeGroupId(), Integer.MAX_VALUE)))
                .map(s -> s.condensateSources().size() < 2 ? s
                        : new Subgroup(s.id(), s.codeGroupId(), s.name(), s.order(), s.condensate(),
                                s.condensateSources().stream().sorted(reading).toList(), s.analyticText(), s.grewFrom()))
                .toList();
    }
}
