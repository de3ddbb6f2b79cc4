package org.kondens.core.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Informant;
import org.kondens.core.model.MeaningUnit;
import org.kondens.core.model.Membership;
import org.kondens.core.model.Subgroup;

/** The spreadsheet-shaped exports (codebook, units, matrix): the same rows go to .xlsx and .csv. */
final class Tables {

    /** Rows of cells (String or Number); row 0 is the header; {@code emphasised} rows print bold. */
    record Table(List<List<Object>> rows, Set<Integer> emphasised) {
    }

    private Tables() {
    }

    static Table codebook(Analysis a) {
        Labels l = a.labels;
        List<List<Object>> rows = new ArrayList<>();
        Set<Integer> bold = new HashSet<>();
        rows.add(List.of(l.group(), l.subgroup(), l.get("description"), l.get("themes"), l.get("units"), l.get("informants")));
        for (CodeGroup g : a.groups()) {
            List<MeaningUnit> all = a.allUnits(g);
            bold.add(rows.size());
            rows.add(List.of(Analysis.name(g), "", nz(g.description()), String.join("; ", a.themeNames(g.grewFrom())), all.size(),
                    a.informantCount(all)));
            for (Subgroup s : a.subgroups(g)) {
                List<MeaningUnit> units = a.units(g, s);
                rows.add(List.of("", s.name(), "", String.join("; ", a.themeNames(s.grewFrom())), units.size(), a.informantCount(units)));
            }
        }
        return new Table(rows, bold);
    }

    /** One row per meaning unit and code group it is in (a unit in no group gets one row). */
    static Table units(Analysis a) {
        Labels l = a.labels;
        Set<String> keys = new LinkedHashSet<>();
        a.s.informants().forEach(i -> keys.addAll(i.attributes().keySet()));
        List<Object> header = new ArrayList<>(List.of("Id", l.get("transcript"), l.get("informant")));
        header.addAll(keys);
        header.addAll(List.of(l.get("start"), l.get("end"), l.group(), l.subgroup(), l.get("text"), l.get("quote"), l.get("note")));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(header);
        java.util.Map<java.util.UUID, CodeGroup> groups = new java.util.HashMap<>();
        a.s.codeGroups().forEach(g -> groups.put(g.id(), g));
        java.util.Map<java.util.UUID, String> subgroups = new java.util.HashMap<>();
        a.s.subgroups().forEach(x -> subgroups.put(x.id(), x.name()));
        Set<java.util.UUID> quoted = new HashSet<>();
        a.s.quotes().forEach(q -> quoted.add(q.meaningUnitId()));
        for (MeaningUnit u : a.allUnits()) {
            List<Membership> memberships = u.memberships().isEmpty() ? java.util.Collections.singletonList(null) : u.memberships();
            for (Membership m : memberships) {
                Informant who = a.informantOf(u);
                List<Object> row = new ArrayList<>(List.of(u.id().toString(), a.transcriptTitle(u), a.informant(u)));
                for (String key : keys) {
                    row.add(who == null ? "" : who.attributes().getOrDefault(key, ""));
                }
                CodeGroup g = m == null ? null : groups.get(m.codeGroupId());
                String sub = m == null || m.subgroupId() == null ? "" : subgroups.getOrDefault(m.subgroupId(), "");
                row.addAll(List.of(u.start(), u.end(), g == null ? "" : Analysis.name(g), sub, a.text(u),
                        l.get(quoted.contains(u.id()) ? "yes" : "no"), nz(u.note())));
                rows.add(row);
            }
        }
        return new Table(rows, Set.of());
    }

    /** Subgroups (grouped by code group) × informants: meaning units each, with totals and "n of N". */
    static Table matrix(Analysis a) {
        Labels l = a.labels;
        List<Informant> informants = a.informantsWithUnits();
        List<Object> header = new ArrayList<>(List.of(l.group(), l.subgroup()));
        informants.forEach(i -> header.add(i.label()));
        header.add(l.get("total"));
        header.add(l.get("informants"));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(header);
        long[] columnTotals = new long[informants.size() + 1];
        for (CodeGroup g : a.groups()) {
            List<Subgroup> subs = new ArrayList<>(a.subgroups(g));
            boolean loose = !a.units(g, null).isEmpty();
            int first = rows.size();
            for (Subgroup s : subs) {
                rows.add(matrixRow(a, informants, columnTotals, rows.size() == first ? Analysis.name(g) : "", s.name(), a.units(g, s)));
            }
            if (loose) {
                rows.add(matrixRow(a, informants, columnTotals, rows.size() == first ? Analysis.name(g) : "",
                        l.get("unsorted", Labels.lower(l.subgroup())), a.units(g, null)));
            }
        }
        List<Object> totals = new ArrayList<>(List.of(l.get("total"), ""));
        for (long t : columnTotals) {
            totals.add(t);
        }
        totals.add("");
        rows.add(totals);
        return new Table(rows, Set.of(rows.size() - 1));
    }

    private static List<Object> matrixRow(Analysis a, List<Informant> informants, long[] totals, String group, String sub,
            List<MeaningUnit> units) {
        List<Object> row = new ArrayList<>(List.of(group, sub));
        long sum = 0;
        int supported = 0;
        for (int i = 0; i < informants.size(); i++) {
            java.util.UUID id = informants.get(i).id();
            long n = units.stream().filter(u -> id.equals(u.informantId())).count();
            row.add(n);
            totals[i] += n;
            sum += n;
            supported += n > 0 ? 1 : 0;
        }
        totals[informants.size()] += sum;
        row.add(sum);
        row.add(supported + " / " + informants.size());
        return row;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
