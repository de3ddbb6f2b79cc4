package org.kondens.core.stc;

import static org.kondens.core.stc.Rules.*;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.Term;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Span;
import org.kondens.core.model.Transcript;
import org.kondens.core.store.ProjectDatabase;
import org.kondens.core.store.ProjectRepository;

/**
 * Step 2, meaning units: marked in a transcript, resized, sorted into code groups and subgroups,
 * deleted. Quotes follow their unit.
 */
final class MeaningUnits extends StcService {

    MeaningUnits(ProjectDatabase db, Runnable changed) {
        super(db, changed);
    }

    MeaningUnit addMeaningUnit(UUID transcriptId, int start, int end, List<Membership> memberships) {
        Transcript t = transcript(transcriptId);
        checkSpan(t, start, end);
        checkMemberships(memberships);
        refuseTwin(transcriptId, start, end, memberships);
        String passage = t.text().substring(start, end);
        return change("Add meaning unit", t.title() + " [" + start + "–" + end + "] " + shorten(passage), r -> {
            MeaningUnit u = new MeaningUnit(UUID.randomUUID(), transcriptId, start, end, informantAt(r, t, start), "",
                    db.clock().instant(), memberships);
            r.insertMeaningUnit(u);
            return u;
        });
    }

    MeaningUnit addMeaningUnitInNewGroup(UUID transcriptId, int start, int end, String groupName) {
        requireName(groupName, Problem.CODE_GROUP_NAME_MISSING, Term.CODE_GROUP_NAME);
        Transcript t = transcript(transcriptId);
        checkSpan(t, start, end);
        String passage = t.text().substring(start, end);
        return change("Add meaning unit", t.title() + " [" + start + "–" + end + "] " + shorten(passage) + " → " + groupName.strip(), r -> {
            List<String> groups = r.codeGroupNames(null);
            requireFreeName(groups, groupName, Term.CODE_GROUP.one());
            CodeGroup g = new CodeGroup(UUID.randomUUID(), groupName.strip(), null, "", PALETTE.get(groups.size() % PALETTE.size()),
                    groups.size(), "", themesNamed(r, groupName));
            r.insertCodeGroup(g);
            MeaningUnit u = new MeaningUnit(UUID.randomUUID(), transcriptId, start, end, informantAt(r, t, start), "",
                    db.clock().instant(), List.of(new Membership(g.id(), null)));
            r.insertMeaningUnit(u);
            return u;
        });
    }

    /**
     * The same passage in the same code group twice is a slip (a click on a unit selects its
     * passage; Ctrl+M then Enter would make a copy), never an analysis: refused.
     */
    private void refuseTwin(UUID transcriptId, int start, int end, List<Membership> memberships) {
        for (MeaningUnit twin : read(r -> r.unitsAt(transcriptId, start, end))) {
            for (Membership m : memberships) {
                if (twin.isIn(m.codeGroupId())) {
                    throw new KondensException(Problem.PASSAGE_ALREADY_UNIT, codeGroup(m.codeGroupId()).workingName());
                }
            }
        }
    }

    /** A group made under the name of a preliminary theme grew from it: linked, as the overview's path shows. */
    static List<UUID> themesNamed(ProjectRepository r, String name) {
        return r.themes().stream().filter(th -> th.name().strip().equalsIgnoreCase(name.strip()))
                .map(org.kondens.core.model.PreliminaryTheme::id).toList();
    }

    MeaningUnit addMeaningUnit(Span span, List<Membership> memberships) {
        return addMeaningUnit(span.transcriptId(), span.start(), span.end(), memberships);
    }

    MeaningUnit addMeaningUnit(UUID transcriptId, String exactText, List<Membership> memberships) {
        Span span = QuoteLocator.find(transcript(transcriptId), exactText);
        return addMeaningUnit(transcriptId, span.start(), span.end(), memberships);
    }

    void resizeMeaningUnit(UUID id, int start, int end) {
        MeaningUnit u = meaningUnit(id);
        Transcript t = transcript(u.transcriptId());
        checkSpan(t, start, end);
        changeVoid("Resize meaning unit", t.title() + " [" + u.start() + "–" + u.end() + "] → [" + start + "–" + end + "]", r -> {
            r.updateMeaningUnit(new MeaningUnit(id, u.transcriptId(), start, end, informantAt(r, t, start), u.note(), u.created(),
                    u.memberships()));
            // Quotes are parts of their unit: clip them to its new bounds, drop those left empty.
            for (Quote q : r.quotesFrom(id)) {
                int qs = Math.max(q.start(), start);
                int qe = Math.min(q.end(), end);
                if (qs >= qe) {
                    r.deleteQuote(q.id());
                } else if (qs != q.start() || qe != q.end()) {
                    r.updateQuote(new Quote(q.id(), id, q.codeGroupId(), q.subgroupId(), qs, qe,
                            q.displayText(), q.label(), q.order()));
                }
            }
        });
    }

    void assignMeaningUnit(UUID id, UUID codeGroupId, UUID subgroupId) {
        MeaningUnit u = meaningUnit(id);
        Membership m = new Membership(codeGroupId, subgroupId);
        checkMemberships(List.of(m));
        changeVoid("Assign meaning unit", shorten(textOf(u)) + " → " + groupPath(m), r -> {
            r.setMembership(id, m);
            quotesFollow(r, id, codeGroupId, subgroupId);
        });
    }

    private void quotesFollow(ProjectRepository r, UUID unit, UUID group, UUID subgroup) {
        for (Quote q : r.quotesFrom(unit).stream().filter(q -> q.codeGroupId().equals(group)
                && q.subgroupId() != null && !q.subgroupId().equals(subgroup)).toList()) {
            r.updateQuote(new Quote(q.id(), unit, group, subgroup, q.start(), q.end(), q.displayText(), q.label(), q.order()));
        }
    }

    void removeFromCodeGroup(UUID id, UUID codeGroupId) {
        MeaningUnit u = meaningUnit(id);
        CodeGroup g = codeGroup(codeGroupId);
        changeVoid("Remove from code group", shorten(textOf(u)) + " ✕ " + g.workingName(), r -> {
            r.removeMembership(id, codeGroupId);
            r.quotesFrom(id).stream().filter(q -> q.codeGroupId().equals(codeGroupId))
                    .forEach(q -> r.deleteQuote(q.id()));
        });
    }

    void moveMeaningUnit(UUID id, UUID fromGroup, UUID toGroup, UUID toSubgroup) {
        MeaningUnit u = meaningUnit(id);
        if (!u.isIn(fromGroup)) {
            throw new KondensException(Problem.UNIT_NOT_IN_GROUP, codeGroup(fromGroup).workingName());
        }
        Membership to = new Membership(toGroup, toSubgroup);
        checkMemberships(List.of(to));
        changeVoid("Move meaning unit", shorten(textOf(u)) + " → " + groupPath(to), r -> {
            if (!fromGroup.equals(toGroup)) {
                r.removeMembership(id, fromGroup);
                for (Quote q : r.quotesFrom(id).stream().filter(q -> q.codeGroupId().equals(fromGroup)).toList()) {
                    r.updateQuote(new Quote(q.id(), id, toGroup, toSubgroup, q.start(), q.end(), q.displayText(), q.label(), q.order()));
                }
            }
            r.setMembership(id, to);
            quotesFollow(r, id, toGroup, toSubgroup);
        });
    }

    void setMeaningUnitNote(UUID id, String note) {
        Names.checkText(note, Term.A_NOTE);
        MeaningUnit u = meaningUnit(id);
        changeVoid("Edit unit note", shorten(textOf(u)), r -> r.updateMeaningUnit(new MeaningUnit(id, u.transcriptId(), u.start(),
                u.end(), u.informantId(), Objects.requireNonNullElse(note, ""), u.created(), u.memberships())));
    }

    void deleteMeaningUnit(UUID id) {
        MeaningUnit u = meaningUnit(id);
        changeVoid("Delete meaning unit", shorten(textOf(u)), r -> r.deleteMeaningUnit(id));
    }
}
