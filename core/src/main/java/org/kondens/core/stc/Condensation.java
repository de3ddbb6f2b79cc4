package org.kondens.core.stc;

import static org.kondens.core.stc.Rules.*;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.Term;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Membership;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Subgroup;
import org.kondens.core.store.ProjectDatabase;

/**
 * Step 3, condensation: the subgroups of a code group and the condensate written for each.
 */
final class Condensation extends StcService {

    Condensation(ProjectDatabase db, Runnable changed) {
        super(db, changed);
    }

    Subgroup addSubgroup(UUID codeGroupId, String name) {
        requireName(name, Problem.SUBGROUP_NAME_MISSING, Term.SUBGROUP_NAME);
        CodeGroup g = codeGroup(codeGroupId);
        return change("Add subgroup", g.workingName() + " / " + name.strip(), r -> {
            List<Subgroup> siblings = r.subgroupsOf(codeGroupId);
            requireFreeName(siblings.stream().map(Subgroup::name).toList(), name, Term.SUBGROUP_OF.one(g.workingName()));
            Subgroup s = new Subgroup(UUID.randomUUID(), codeGroupId, name.strip(), siblings.size(), "", List.of(), "", List.of());
            r.insertSubgroup(s);
            return s;
        });
    }

    void renameSubgroup(UUID id, String name) {
        requireName(name, Problem.SUBGROUP_NAME_MISSING, Term.SUBGROUP_NAME);
        Subgroup s = subgroup(id);
        changeVoid("Rename subgroup", s.name() + " → " + name.strip(), r -> {
            requireFreeName(r.subgroupsOf(s.codeGroupId()).stream().filter(x -> !x.id().equals(id)).map(Subgroup::name).toList(),
                    name, Term.SUBGROUP_HERE.one());
            r.updateSubgroup(withSubgroup(s, s.codeGroupId(), name.strip(), s.order()));
        });
    }

    void moveSubgroup(UUID id, int index) {
        Subgroup s = subgroup(id);
        changeVoid("Reorder subgroups", s.name(), r -> reorder(r.subgroupsOf(s.codeGroupId()), Subgroup::id, id, index,
                (x, i) -> r.updateSubgroup(withSubgroup(x, x.codeGroupId(), x.name(), i))));
    }

    void moveSubgroupToGroup(UUID id, UUID targetGroup) {
        Subgroup s = subgroup(id);
        CodeGroup target = codeGroup(targetGroup);
        if (s.codeGroupId().equals(targetGroup)) {
            return;
        }
        changeVoid("Move subgroup", s.name() + " → " + target.workingName(), r -> {
            List<Subgroup> targetSubs = r.subgroupsOf(targetGroup);
            requireFreeName(targetSubs.stream().map(Subgroup::name).toList(), s.name(),
                    Term.SUBGROUP_OF.one(target.workingName()));
            r.updateSubgroup(withSubgroup(s, targetGroup, s.name(), targetSubs.size()));
            moveUnits(r, s.codeGroupId(), targetGroup, id);
            for (Quote q : r.quotesInSubgroup(id)) {
                r.updateQuote(new Quote(q.id(), q.meaningUnitId(), targetGroup, id, q.start(), q.end(), q.displayText(), q.label(), q.order()));
            }
            renumberSubgroups(r, s.codeGroupId());
        });
    }

    void deleteSubgroup(UUID id) {
        Subgroup s = subgroup(id);
        changeVoid("Delete subgroup", s.name(), r -> {
            r.unitIdsOf(s.codeGroupId(), id).forEach(u -> r.setMembership(u, new Membership(s.codeGroupId(), null)));
            r.quotesInSubgroup(id).forEach(q -> r.updateQuote(new Quote(q.id(), q.meaningUnitId(),
                    q.codeGroupId(), null, q.start(), q.end(), q.displayText(), q.label(), q.order())));
            r.deleteSubgroup(id);
            renumberSubgroups(r, s.codeGroupId());
        });
    }

    void setCondensate(UUID subgroupId, String text, List<UUID> sources) {
        Names.checkText(text, Term.A_CONDENSATE);
        Subgroup s = subgroup(subgroupId);
        if (sources != null) {
            List<UUID> members = read(r -> r.unitIdsOf(s.codeGroupId(), subgroupId));
            for (UUID source : sources) {
                if (!members.contains(source)) {
                    throw new KondensException(Problem.CONDENSATE_SOURCE_FOREIGN, source, s.name());
                }
            }
        }
        changeVoid("Edit condensate", s.name(), r -> {
            r.updateSubgroup(new Subgroup(s.id(), s.codeGroupId(), s.name(), s.order(), Objects.requireNonNullElse(text, ""),
                    s.condensateSources(), s.analyticText(), s.grewFrom()));
            List<UUID> chosen = sources != null ? sources : !s.condensateSources().isEmpty() ? s.condensateSources()
                    : r.unitIdsOf(s.codeGroupId(), subgroupId);
            r.setCondensateSources(subgroupId, chosen);
        });
    }
}
