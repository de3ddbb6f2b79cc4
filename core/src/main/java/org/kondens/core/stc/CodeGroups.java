package org.kondens.core.stc;

import static org.kondens.core.stc.Rules.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.kondens.core.KondensException;
import org.kondens.core.Problem;
import org.kondens.core.Term;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.PreliminaryTheme;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Subgroup;
import org.kondens.core.store.ProjectDatabase;
import org.kondens.core.store.ProjectRepository;

/**
 * Step 2, code groups: made, named, ordered, merged, split and deleted; what grew from which
 * theme.
 */
final class CodeGroups extends StcService {

    CodeGroups(ProjectDatabase db, Runnable changed) {
        super(db, changed);
    }

    CodeGroup addCodeGroup(String workingName, String color, List<UUID> fromThemes) {
        requireName(workingName, Problem.CODE_GROUP_NAME_MISSING, Term.CODE_GROUP_NAME);
        fromThemes.forEach(this::theme);
        return change("Add code group", workingName.strip(), r -> {
            List<String> groups = r.codeGroupNames(null);
            requireFreeName(groups, workingName, Term.CODE_GROUP.one());
            CodeGroup g = new CodeGroup(UUID.randomUUID(), workingName.strip(), null, "",
                    color == null ? PALETTE.get(groups.size() % PALETTE.size()) : checkColor(color), groups.size(), "", fromThemes);
            r.insertCodeGroup(g);
            return g;
        });
    }

    List<CodeGroup> codeGroupsFromThemes(List<UUID> themes) {
        List<PreliminaryTheme> chosen = themes.stream().map(this::theme).toList();
        return change("Code groups from themes", String.join(", ", chosen.stream().map(PreliminaryTheme::name).toList()), r -> {
            List<CodeGroup> created = new ArrayList<>();
            for (PreliminaryTheme t : chosen) {
                List<String> groups = r.codeGroupNames(null);
                requireFreeName(groups, t.name(), Term.CODE_GROUP.one());
                CodeGroup g = new CodeGroup(UUID.randomUUID(), t.name(), null, t.description(),
                        PALETTE.get(groups.size() % PALETTE.size()), groups.size(), "", List.of(t.id()));
                r.insertCodeGroup(g);
                created.add(g);
            }
            return created;
        });
    }

    void renameCodeGroup(UUID id, String workingName) {
        requireName(workingName, Problem.CODE_GROUP_NAME_MISSING, Term.CODE_GROUP_NAME);
        CodeGroup g = codeGroup(id);
        changeVoid("Rename code group", g.workingName() + " → " + workingName.strip(), r -> {
            requireFreeName(r.codeGroupNames(id), workingName, Term.CODE_GROUP.one());
            r.updateCodeGroup(withGroup(g, workingName.strip(), g.finalName(), g.description(), g.color(), g.order(), g.analyticIntro()));
        });
    }

    void describeCodeGroup(UUID id, String description) {
        Names.checkText(description, Term.CODE_GROUP_DESCRIPTION);
        CodeGroup g = codeGroup(id);
        changeVoid("Describe code group", g.workingName(), r -> r.updateCodeGroup(withGroup(g, g.workingName(), g.finalName(),
                Objects.requireNonNullElse(description, ""), g.color(), g.order(), g.analyticIntro())));
    }

    void recolorCodeGroup(UUID id, String color) {
        CodeGroup g = codeGroup(id);
        String c = checkColor(color);
        changeVoid("Recolour code group", g.workingName() + " " + c, r -> r.updateCodeGroup(withGroup(g, g.workingName(),
                g.finalName(), g.description(), c, g.order(), g.analyticIntro())));
    }

    void moveCodeGroup(UUID id, int index) {
        CodeGroup g = codeGroup(id);
        changeVoid("Reorder code groups", g.workingName(), r -> reorder(r.codeGroups(), CodeGroup::id, id, index,
                (x, i) -> r.updateCodeGroup(withGroup(x, x.workingName(), x.finalName(), x.description(), x.color(), i, x.analyticIntro()))));
    }

    void linkTheme(UUID themeId, UUID codeGroupOrSubgroup) {
        PreliminaryTheme t = theme(themeId);
        boolean isSubgroup = read(r -> r.subgroup(codeGroupOrSubgroup)).isPresent();
        if (!isSubgroup) {
            codeGroup(codeGroupOrSubgroup);
        }
        changeVoid("Link theme", t.name(), r -> r.linkTheme(themeId, codeGroupOrSubgroup, isSubgroup));
    }

    void mergeCodeGroups(UUID target, UUID source) {
        CodeGroup t = codeGroup(target);
        CodeGroup s = codeGroup(source);
        requireDifferent(target, source);
        changeVoid("Merge code groups", s.workingName() + " → " + t.workingName(), r -> {
            List<Subgroup> targetSubs = r.subgroupsOf(target);
            List<Subgroup> sourceSubs = r.subgroupsOf(source);
            List<String> targetNames = targetSubs.stream().map(Subgroup::name).toList();
            for (Subgroup sub : sourceSubs) {
                requireFreeName(targetNames, sub.name(), Term.SUBGROUP_IN.one(t.workingName()));
            }
            int next = targetSubs.size();
            for (Subgroup sub : sourceSubs) {
                r.updateSubgroup(withSubgroup(sub, target, sub.name(), next++));
            }
            moveUnits(r, source, target, null);
            for (Quote q : r.quotesInGroup(source)) {
                r.updateQuote(new Quote(q.id(), q.meaningUnitId(), target, q.subgroupId(), q.start(), q.end(), q.displayText(),
                        q.label(), q.order()));
            }
            s.grewFrom().forEach(theme -> r.linkTheme(theme, target, false));
            r.deleteCodeGroup(source);
            renumberGroups(r);
        });
    }

    CodeGroup splitCodeGroup(UUID id, String newName, List<UUID> subgroups, List<UUID> units) {
        requireName(newName, Problem.CODE_GROUP_NAME_MISSING, Term.CODE_GROUP_NAME);
        CodeGroup g = codeGroup(id);
        List<Subgroup> before = read(r -> r.subgroupsOf(id));
        for (UUID sub : subgroups) {
            if (before.stream().noneMatch(x -> x.id().equals(sub))) {
                throw new KondensException(Problem.SUBGROUP_IN_OTHER_GROUP, g.workingName());
            }
        }
        return change("Split code group", g.workingName() + " → " + newName.strip(), r -> {
            List<String> groups = r.codeGroupNames(null);
            requireFreeName(groups, newName, Term.CODE_GROUP.one());
            CodeGroup created = new CodeGroup(UUID.randomUUID(), newName.strip(), null, "", PALETTE.get(groups.size() % PALETTE.size()),
                    groups.size(), "", g.grewFrom());
            r.insertCodeGroup(created);
            List<MeaningUnit> unitsBefore = r.unitsOf(id);
            int i = 0;
            for (UUID sub : subgroups) {
                Subgroup x = r.subgroup(sub).orElseThrow();
                r.updateSubgroup(withSubgroup(x, created.id(), x.name(), i++));
            }
            List<UUID> moved = new ArrayList<>();
            for (MeaningUnit u : unitsBefore) {
                Membership m = membershipIn(u, id);
                // null-safe: List.of(...) throws on contains(null), and loose units have no subgroup
                boolean withSubgroup = m.subgroupId() != null && subgroups.contains(m.subgroupId());
                if (withSubgroup || units.contains(u.id())) {
                    r.removeMembership(u.id(), id);
                    r.setMembership(u.id(), new Membership(created.id(), withSubgroup ? m.subgroupId() : null));
                    moved.add(u.id());
                }
            }
            // Quotes follow their unit: a quote may not stay in a group its unit has left.
            for (Quote q : r.quotesInGroup(id).stream().filter(q -> moved.contains(q.meaningUnitId())).toList()) {
                UUID sub = q.subgroupId() != null && subgroups.contains(q.subgroupId()) ? q.subgroupId() : null;
                r.updateQuote(new Quote(q.id(), q.meaningUnitId(), created.id(), sub, q.start(), q.end(), q.displayText(),
                        q.label(), q.order()));
            }
            renumberSubgroups(r, id);
            return created;
        });
    }

    void deleteCodeGroup(UUID id) {
        CodeGroup g = codeGroup(id);
        changeVoid("Delete code group", g.workingName(), r -> {
            r.quotesInGroup(id).forEach(q -> r.deleteQuote(q.id()));
            r.unitsOf(id).forEach(u -> r.removeMembership(u.id(), id));
            r.subgroupsOf(id).forEach(s -> r.deleteSubgroup(s.id()));
            r.deleteCodeGroup(id);
            renumberGroups(r);
        });
    }

    private void renumberGroups(ProjectRepository r) {
        List<CodeGroup> groups = r.codeGroups();
        for (int i = 0; i < groups.size(); i++) {
            CodeGroup x = groups.get(i);
            if (x.order() != i) {
                r.updateCodeGroup(withGroup(x, x.workingName(), x.finalName(), x.description(), x.color(), i, x.analyticIntro()));
            }
        }
    }
}
