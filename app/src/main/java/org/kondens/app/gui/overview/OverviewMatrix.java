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
 * {@code supported} is how many informants contribute at least one unit. Immutable, so an
 * unchanged row equals its fresh copy and is not drawn again.
 */
record OverviewMatrix(List<Informant> informants, List<Row> rows, long max) {

    enum Kind { GROUP, SUBGROUP, LOOSE }

    /**
     * One line of the matrix: a code group's total, one of its subgroups, or its units in no
     * subgroup ({@code subgroupId} null). Names and colour, not whole records: a condensate
     * written elsewhere leaves the row equal.
     */
    record Row(Kind kind, UUID groupId, UUID subgroupId, String name, String color, List<Long> counts, int supported) {
        Row {
            counts = List.copyOf(counts);
        }

        long total() {
            return counts.stream().mapToLong(Long::longValue).sum();
        }

        /** The meaning units the row counts, in {@code s}. */
        List<MeaningUnit> units(ProjectSnapshot s) {
            return kind == Kind.GROUP ? s.unitsOf(groupId)
                    : s.meaningUnits().stream().filter(u -> u.isIn(groupId, subgroupId)).toList();
        }
    }

    static final OverviewMatrix EMPTY = new OverviewMatrix(List.of(), List.of(), 0);

    OverviewMatrix {
        informants = List.copyOf(informants);
        rows = List.copyOf(rows);
    }

    static OverviewMatrix of(ProjectSnapshot s) {
        if (s == null) {
            return EMPTY;
        }
        List<Informant> informants = s.informants();
        List<Row> rows = new ArrayList<>();
        long max = 0;
        for (CodeGroup g : s.codeGroups().stream().sorted(Comparator.comparingInt(CodeGroup::order)).toList()) {
            rows.add(row(s, new Row(Kind.GROUP, g.id(), null, g.workingName(), g.color(), List.of(), 0), informants));
            for (Subgroup sub : s.subgroupsOf(g.id()).stream().sorted(Comparator.comparingInt(Subgroup::order)).toList()) {
                Row r = row(s, new Row(Kind.SUBGROUP, g.id(), sub.id(), sub.name(), g.color(), List.of(), 0), informants);
                rows.add(r);
                max = Math.max(max, maxOf(r));
            }
            Row loose = row(s, new Row(Kind.LOOSE, g.id(), null, null, g.color(), List.of(), 0), informants);
            if (!loose.units(s).isEmpty()) {
                rows.add(loose);
                max = Math.max(max, maxOf(loose));
            }
        }
        return new OverviewMatrix(informants, rows, max);
    }

    /** {@code shape} with its counts per informant filled in. */
    private static Row row(ProjectSnapshot s, Row shape, List<Informant> informants) {
        List<MeaningUnit> units = shape.units(s);
        List<Long> counts = new ArrayList<>(informants.size());
        int supported = 0;
        for (Informant i : informants) {
            long c = units.stream().filter(u -> Objects.equals(i.id(), u.informantId())).count();
            counts.add(c);
            supported += c > 0 ? 1 : 0;
        }
        return new Row(shape.kind(), shape.groupId(), shape.subgroupId(), shape.name(), shape.color(), counts, supported);
    }

    private static long maxOf(Row r) {
        return r.counts().stream().mapToLong(Long::longValue).max().orElse(0);
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
