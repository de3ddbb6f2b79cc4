package org.kondens.app.gui.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Informant;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.ProjectSnapshot;
import org.kondens.core.model.Subgroup;

/**
 * The subgroup × informant matrix the overview draws: meaning units per informant for each code
 * group (a total row) and each of its subgroups, plus a row for the group's units in no subgroup.
 * {@code supported} is how many informants contribute at least one unit.
 */
record OverviewMatrix(List<Informant> informants, List<Row> rows, long max) {

    enum Kind { GROUP, SUBGROUP, LOOSE }

    record Row(Kind kind, CodeGroup group, Subgroup subgroup, long[] counts, int supported) {
        long total() {
            long sum = 0;
            for (long c : counts) {
                sum += c;
            }
            return sum;
        }
    }

    static OverviewMatrix of(ProjectSnapshot s) {
        List<Informant> informants = s.informants();
        List<Row> rows = new ArrayList<>();
        long max = 0;
        for (CodeGroup g : s.codeGroups().stream().sorted(Comparator.comparingInt(CodeGroup::order)).toList()) {
            rows.add(row(Kind.GROUP, g, null, s.unitsOf(g.id()), informants));
            for (Subgroup sub : s.subgroupsOf(g.id()).stream().sorted(Comparator.comparingInt(Subgroup::order)).toList()) {
                Row r = row(Kind.SUBGROUP, g, sub, s.meaningUnits().stream().filter(u -> u.isIn(g.id(), sub.id())).toList(), informants);
                rows.add(r);
                max = Math.max(max, maxOf(r));
            }
            List<MeaningUnit> loose = s.meaningUnits().stream().filter(u -> u.isIn(g.id(), null)).toList();
            if (!loose.isEmpty()) {
                Row r = row(Kind.LOOSE, g, null, loose, informants);
                rows.add(r);
                max = Math.max(max, maxOf(r));
            }
        }
        return new OverviewMatrix(informants, rows, max);
    }

    private static Row row(Kind kind, CodeGroup g, Subgroup sub, List<MeaningUnit> units, List<Informant> informants) {
        long[] counts = new long[informants.size()];
        int supported = 0;
        for (int i = 0; i < counts.length; i++) {
            UUID id = informants.get(i).id();
            counts[i] = units.stream().filter(u -> Objects.equals(id, u.informantId())).count();
            supported += counts[i] > 0 ? 1 : 0;
        }
        return new Row(kind, g, sub, counts, supported);
    }

    private static long maxOf(Row r) {
        long m = 0;
        for (long c : r.counts) {
            m = Math.max(m, c);
        }
        return m;
    }

    /** "all / several / one / none of the informants", from n of N. */
    static String breadthKey(int n, int total) {
        if (n == 0) {
            return "overview.breadth.none";
        }
        if (n == total) {
            return "overview.breadth.all";
        }
        return n == 1 ? "overview.breadth.one" : "overview.breadth.several";
    }
}
