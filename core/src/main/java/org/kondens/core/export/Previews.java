package org.kondens.core.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kondens.core.KondensException;
import org.kondens.core.model.CodeGroup;
import org.kondens.core.model.Quote;
import org.kondens.core.model.Subgroup;

/** Previews built from the same rows the exports write, so what is shown is what is saved. */
final class Previews {

    private Previews() {
    }

    static ExportPreview of(Analysis a, ExportFormat format, ExportOptions o) {
        Labels l = a.labels;
        try {
            return switch (format) {
                case FINDINGS_DOCX -> new ExportPreview(l.caption(1, l.groupsAndSubgroups()), WordExports.findingsRows(a, o.rowsLayout()), Set.of());
                case PROCESS_DOCX -> new ExportPreview(l.caption(2, l.get("process")), WordExports.processRows(a, o), Set.of());
                case RESULTS_DOCX -> results(a);
                case CODEBOOK_DOCX, CODEBOOK_XLSX -> table(l.get("codebook"), Tables.codebook(a));
                case CONDENSATES_DOCX -> condensates(a);
                case PARTICIPANTS_DOCX -> new ExportPreview(l.caption(1, l.get("participants")), WordExports.participantRows(a, o), Set.of());
                case UNITS_XLSX, UNITS_CSV -> table(l.get("units"), Tables.units(a));
                case MATRIX_XLSX, MATRIX_CSV -> table(l.groupsAndSubgroups(), Tables.matrix(a));
                default -> ExportPreview.NONE;
            };
        } catch (KondensException e) {
            return ExportPreview.NONE; // nothing to show yet (no code groups): the export itself says why
        }
    }

    private static ExportPreview table(String caption, Tables.Table t) {
        List<List<String>> rows = t.rows().stream().map(r -> r.stream().map(v -> v == null ? "" : v.toString()).toList()).toList();
        return new ExportPreview(caption, rows, t.emphasised());
    }

    /** The results draft as an outline: headings with their analytic texts and quotes. */
    private static ExportPreview results(Analysis a) {
        Labels l = a.labels;
        List<List<String>> rows = new ArrayList<>();
        Set<Integer> bold = new HashSet<>();
        rows.add(List.of(l.group() + " / " + Labels.lower(l.subgroup()), l.get("text")));
        for (CodeGroup g : a.groups()) {
            bold.add(rows.size());
            rows.add(List.of(Analysis.name(g), Objects.requireNonNullElse(g.analyticIntro(), "").strip()));
            quotes(a, a.quotes(g, null), rows);
            for (Subgroup s : a.subgroups(g)) {
                rows.add(List.of("   " + s.name(), Labels.blank(s.analyticText()) ? l.get("notYet") : s.analyticText().strip()));
                quotes(a, a.quotes(g, s), rows);
            }
        }
        return new ExportPreview(l.get("results"), rows, bold);
    }

    private static void quotes(Analysis a, List<Quote> quotes, List<List<String>> rows) {
        for (Quote q : quotes) {
            rows.add(List.of("", "«" + a.quoteText(q) + "» (" + a.quoteLabel(q) + ")"));
        }
    }

    private static ExportPreview condensates(Analysis a) {
        Labels l = a.labels;
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(l.group(), l.subgroup(), l.get("units"), l.get("condensate")));
        for (CodeGroup g : a.groups()) {
            boolean first = true;
            for (Subgroup s : a.subgroups(g)) {
                rows.add(List.of(first ? Analysis.name(g) : "", s.name(), WordExports.unitsText(a, g, s),
                        Labels.blank(s.condensate()) ? l.get("notYet") : s.condensate().strip()));
                first = false;
            }
        }
        return new ExportPreview(l.get("condensates"), rows, Set.of());
    }
}
