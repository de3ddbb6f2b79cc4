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
 * <p>Meaning units and subgroups are read again one by one, by the ids the change names (a
 * removed row's too), and put in their place. Orders that span parts are kept without a read: a
 * unit's memberships follow the code groups' order and a subgroup's condensate sources the units'
 * reading order, so a renamed or moved group, or a moved unit, only re-sorts what is in memory.
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
        List<Subgroup> subgroups = themes || transcripts ? r.subgroups() : subgroups(r, old, change, groupsChanged, unitsRead, units);
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
                withNewLines(old.audit(), r),
                change.touches(Part.REVIEW) ? r.review() : old.review());
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

    /**
     * The subgroups: those the change names read again, the others kept, all in the order the
     * repository gives (a light query when groups or subgroups changed); a kept subgroup with a
     * changed unit among its sources gets them in the units' new reading order.
     */
    private static List<Subgroup> subgroups(ProjectRepository r, ProjectSnapshot old, ProjectChange change, boolean groupsChanged,
            boolean unitsRead, List<MeaningUnit> units) {
        boolean changed = change.touches(Part.SUBGROUPS);
        List<Subgroup> out = old.subgroups();
        java.util.Set<UUID> fresh = new java.util.HashSet<>();
        if (changed || groupsChanged) {
            Map<UUID, Subgroup> kept = new HashMap<>();
            old.subgroups().forEach(s -> kept.put(s.id(), s));
            List<UUID> order = r.subgroupOrder();
            for (UUID id : order) {
                if (changed && (change.ids().contains(id) || !kept.containsKey(id))) {
                    fresh.add(id);
                }
            }
            if (fresh.size() > FEW) {
                return r.subgroups();
            }
            out = order.stream().map(id -> fresh.contains(id) ? r.subgroup(id).orElseThrow() : kept.get(id)).toList();
        }
        if (!unitsRead || out.stream().noneMatch(s -> !fresh.contains(s.id()) && s.condensateSources().stream().anyMatch(change.ids()::contains))) {
            return out;
        }
        Map<UUID, Integer> unitAt = positions(units.stream().map(MeaningUnit::id).toList());
        Comparator<UUID> reading = Comparator.comparing(u -> unitAt.getOrDefault(u, Integer.MAX_VALUE));
        return out.stream().map(s -> fresh.contains(s.id()) || s.condensateSources().stream().noneMatch(change.ids()::contains) ? s
                : new Subgroup(s.id(), s.codeGroupId(), s.name(), s.order(), s.condensate(),
                        s.condensateSources().stream().sorted(reading).toList(), s.analyticText(), s.grewFrom())).toList();
    }
}
