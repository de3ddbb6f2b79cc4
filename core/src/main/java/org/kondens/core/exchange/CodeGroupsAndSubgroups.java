package org.kondens.core.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Subgroup;

/**
 * The mapped codebook as Kondens code groups and subgroups, in codebook order. Names, colours,
 * descriptions and texts come from the file; the Kondens extension adds final names, order and
 * what each grew from, keeping only links to themes and meaning units that were imported.
 */
record CodeGroupsAndSubgroups(List<CodeGroup> codeGroups, List<Subgroup> subgroups) {

    /** Colours for code groups the file gives none, as Kondens hands them out. */
    private static final List<String> PALETTE = List.of(
            "#4E79A7", "#F28E2B", "#59A14F", "#E15759", "#B07AA1", "#76B7B2", "#EDC948", "#FF9DA7", "#9C755F", "#BAB0AC");

    static CodeGroupsAndSubgroups of(List<CodeMapping.GroupDraft> groups, KondensExtension ext, Set<UUID> themeIds,
            Set<UUID> unitIds) {
        List<CodeGroup> codeGroups = new ArrayList<>();
        List<Subgroup> subgroups = new ArrayList<>();
        int order = 0;
        for (CodeMapping.GroupDraft g : groups) {
            KondensExtension.GroupExtra ge = ext == null ? null : ext.codeGroups().get(g.id());
            String color = g.color() != null ? g.color() : ge != null && ge.color() != null ? ge.color() : PALETTE.get(order % PALETTE.size());
            codeGroups.add(new CodeGroup(g.id(), g.name(), ge == null ? null : ge.finalName(), g.description(), color,
                    ge != null ? ge.order() : order, g.intro(),
                    ge == null || ge.grewFrom() == null ? List.of() : ge.grewFrom().stream().filter(themeIds::contains).toList()));
            int so = 0;
            for (CodeMapping.SubgroupDraft sub : g.subgroups()) {
                KondensExtension.SubgroupExtra se = ext == null ? null : ext.subgroups().get(sub.id());
                subgroups.add(new Subgroup(sub.id(), g.id(), sub.name(), se != null ? se.order() : so, sub.condensate(),
                        se == null || se.condensateSources() == null ? List.of()
                                : se.condensateSources().stream().filter(unitIds::contains).toList(),
                        sub.analytic(),
                        se == null || se.grewFrom() == null ? List.of() : se.grewFrom().stream().filter(themeIds::contains).toList()));
                so++;
            }
            order++;
        }
        return new CodeGroupsAndSubgroups(codeGroups, subgroups);
    }
}
